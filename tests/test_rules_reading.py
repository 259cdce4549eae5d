"""How one sentence is read (appliance/evidence/classify.py and signals.py), as a specification: one
row per signal, each with a near miss, then the rules that place a need or provision in B/C/D or
F/G/H. A row's id names the rule. The sentence's own words decide; its heading ("role") is further
evidence and is None in most rows to show the words alone suffice."""

from __future__ import annotations

import pytest

from appliance.evidence.classify import names_placement, need_section, provision_section, read
from appliance.evidence.roles import Role

Row = tuple[str, Role | None, str, str]


def P(text: str, expected: str, role: Role | None = None, advice: str = "psychological", id: str = "") -> object:
    return pytest.param(text, role, advice, expected, id=id)


READINGS = [
    # provision: what will be done for the child
    P("I recommend that Zara has a social skills group for 30 minutes each week.", "provision", id="recommends"),
    P(
        "It is recommended that school provides a quiet workstation in every lesson.",
        "provision",
        id="it-is-recommended",
    ),
    P(
        "I recommended a hearing test last year, which was normal.",
        "background",
        id="near-miss-recommended-in-the-past",
    ),
    P("Zara should have a visual timetable on her desk every morning.", "provision", id="should-receive"),
    P("Zara should be proud of how far she has come.", "background", id="near-miss-should-without-provision"),
    P("Zara would benefit from pre-teaching of topic vocabulary twice a week.", "provision", id="would-benefit"),
    P("Zara will have a 20-minute check-in with her key adult each morning.", "provision", id="will-receive"),
    P(
        "The class teacher will give Zara a printed copy of the board work in every lesson.",
        "provision",
        id="agent-will-act",
    ),
    P(
        "His form tutor will mentor Tariq to help him keep track of coursework deadlines.",
        "provision",
        id="role-will-act",
    ),
    P("Teachers should not ask Zara to read aloud in front of the class.", "provision", id="should-not"),
    P(
        "Give Zara instructions one step at a time and check she has understood.",
        "provision",
        role="provision",
        id="imperative",
    ),
    P("Give me the sheet instead of making me copy from the board.", "view", id="near-miss-imperative-to-me"),
    P("Zara takes methylphenidate 18 mg each morning before school.", "provision", advice="medical", id="treatment"),
    P(
        "Zara takes more than an hour to settle at night.",
        "need",
        advice="medical",
        id="near-miss-takes-without-medicine",
    ),
    P("Zara has an annual review in the asthma clinic.", "provision", advice="medical", id="clinic-review"),
    # outcomes: what the child will do, by when
    P("By July 2026, Zara will read 50 high-frequency words in books.", "outcome", id="timed-will"),
    P(
        "Zara will use a feelings scale to tell an adult how she feels by the end of Year 5.",
        "outcome",
        id="will-by-time",
    ),
    P(
        "The outcome I would hope to see is that by Easter Zara will join a game at playtime.",
        "outcome",
        id="outcome-frame",
    ),
    P("Following instructions in class.", "background", role="outcomes", id="near-miss-outcome-with-no-will"),
    P(
        "Zara will receive a daily reading session.",
        "outcome",
        role="outcomes",
        id="provision-worded-outcome-stays-an-outcome",
    ),
    # needs: what the child finds hard
    P("Zara finds reading hard and reads at the level of a six-year-old.", "need", id="difficulty"),
    P("Zara finds reading a real pleasure.", "background", id="near-miss-finds-without-difficulty"),
    P(
        "Zara's understanding is at about the level of a three-year-old: she follows one-part instructions.",
        "need",
        id="developmental-level",
    ),
    P("Zara follows a one-part instruction but loses the second part.", "need", id="loses-the-second-part"),
    P("On most days Zara is too tired to stand at the cooker.", "need", id="too-tired-to"),
    P("Zara needs two adults and a hoist for every transfer.", "need", id="needs-two-adults"),
    P("Zara's muscles are stiff and her joints tighten if they are not stretched.", "need", id="stiff-muscles"),
    P("Zara's muscles are working well after the summer.", "background", id="near-miss-muscles-without-difficulty"),
    P(
        "Two members of staff trained in moving and handling must carry out every transfer using the hoist.",
        "provision",
        id="staff-must-carry-out",
    ),
    P("Teachers know that the lift must be kept clear.", "background", id="near-miss-a-thing-must-be-done"),
    P(
        "Zara's blood test in January showed iron-deficiency anaemia, adding to her tiredness.",
        "need",
        advice="medical",
        id="a-test-showed-a-condition",
    ),
    P(
        "Her hearing test in January showed normal hearing in both ears.",
        "background",
        advice="medical",
        id="near-miss-a-test-showed-nothing-wrong",
    ),
    P(
        "At home it also helps if her family give her extra time to find a word.",
        "background",
        role="provision",
        id="advice-for-home",
    ),
    P(
        "At school and at home, staff will use Makaton with Zara.",
        "provision",
        role="provision",
        id="near-miss-school-too",
    ),
    P(
        "Sources: consultation with her teacher and two observations of Zara in class.",
        "background",
        advice="psychological",
        id="the-report-s-sources",
    ),
    P(
        "Please send a copy of this letter to the school nurse.",
        "background",
        role="provision",
        advice="medical",
        id="admin-send-a-copy",
    ),
    P(
        "Zara will have short breaks from March: a trained carer will look after her for 3 hours every Saturday.",
        "provision",
        advice="social_care",
        id="a-sentence-before-a-colon-is-not-a-label",
    ),
    P("Zara was too young to remember the move.", "background", id="near-miss-too-young-to"),
    P(
        "Zara has lost touch with most of her friends since she stopped attending school full time.",
        "need",
        id="lost-touch-since-she-stopped",
    ),
    P(
        "Zara does not yet do household tasks; this is usual for her age and is not a need at present.",
        "background",
        advice="social_care",
        id="said-not-to-be-a-need",
    ),
    P("Zara loses her milk teeth this year, like her friends.", "background", id="near-miss-loses-without-difficulty"),
    P("Zara needs help from an adult to move around the site.", "need", id="needs-help"),
    P("Zara has a moderate conductive hearing loss in both ears.", "need", id="condition"),
    P(
        "Feeding disorder with severe oral aversion; gastrostomy since 2021 (see the dietitian's letter)",
        "need",
        role="health_needs",
        advice="medical",
        id="condition-with-a-bracketed-pointer",
    ),
    P(
        "Her feeding needs are set out in the dietitian's letter.",
        "background",
        role="health_needs",
        advice="medical",
        id="near-miss-only-a-pointer",
    ),
    P("Zara has a lovely sense of humour.", "background", id="near-miss-has-without-a-condition"),
    P("I (as her Portage home visitor) will do two joint visits with her key person.", "provision", id="i-will-do"),
    P("Zara will do her homework at the kitchen table.", "background", id="near-miss-the-child-will-do"),
    P(
        "The family did not ask for any services and no eligible social care needs were identified.",
        "background",
        advice="social_care",
        id="no-needs-identified",
    ),
    P(
        "Care needs were identified: he cannot wash or dress himself.",
        "need",
        advice="social_care",
        id="near-miss-needs-identified",
    ),
    # praise in one sentence does not outweigh a difficulty in the next
    P("His practical skills are excellent. His handwriting is very slow and often illegible.", "need", id="mixed"),
    P("His reading is excellent and no longer slow.", "background", id="near-miss-praise-of-the-same-thing"),
    P("Wren is popular, but she avoids the playground games at lunchtime.", "need", id="praise-but-difficulty"),
    P("Wren is popular and kind.", "background", id="near-miss-praise-alone"),
    P("After tests, he was found to have a moderate hearing loss.", "need", advice="medical", id="found-to-have"),
    P("After tests, he was found to be well.", "background", advice="medical", id="near-miss-found-to-be-well"),
    P("Harry has had recurrent ear infections this winter.", "need", advice="medical", id="has-had-a-condition"),
    P("Harry has had speech therapy since 2022.", "background", advice="medical", id="near-miss-has-had-help"),
    P("Harry has had occasional headaches.", "background", advice="medical", id="near-miss-has-had-occasional"),
    P("His speed of processing is very slow for his age (below the 2nd percentile).", "need", id="score-in-brackets"),
    P("His processing speed was below the 2nd percentile.", "background", id="near-miss-score-alone"),
    P("Change the battery if the hearing aid sounds quiet.", "provision", id="imperative-change"),
    P("Changes of routine upset him and he cannot settle.", "need", id="near-miss-changes-as-a-noun"),
    P(
        "At the moment we fund the extra adult partly from our own budget.",
        "background",
        role="provision",
        advice="educational",
        id="current-funding",
    ),
    P(
        "The extra adult will support Orla for 15 hours a week.",
        "provision",
        role="provision",
        advice="educational",
        id="near-miss-the-help-itself",
    ),
    # a symptom the child describes to the doctor is the health need
    P("Zara describes headaches on most afternoons at school.", "need", advice="medical", id="described-symptom"),
    P("Zara describes her weekend with her dad.", "background", advice="medical", id="near-miss-describes-no-symptom"),
    P(
        "Her mother is a lone carer and needs regular breaks from caring.",
        "need",
        advice="social_care",
        id="family-need",
    ),
    P("Zara is working towards the expected standard, well below her peers in writing.", "need", id="attainment-gap"),
    P("Quietly show her the steps sheet and do the first step with her.", "provision", id="imperative-after-an-adverb"),
    P("Speak to her privately, calmly, at her side.", "provision", id="imperative-speak-to"),
    P("Show and tell is her favourite part of the week.", "background", id="near-miss-show-and-tell"),
    P("Physical intervention is not planned for Zara.", "background", role="provision", id="provision-not-planned"),
    P(
        "Zara will have speech therapy, as a group is not appropriate for her, 30 minutes weekly with the SLT.",
        "provision",
        role="provision",
        id="near-miss-not-appropriate-about-something-else",
    ),
    P(
        "Zara will have individual speech therapy, as a group is not appropriate for her.",
        "provision",
        role="provision",
        id="near-miss-not-appropriate-in-a-clause-without-an-amount",
    ),
    P(
        "Zara's expressive language is within the average range.",
        "background",
        role="needs",
        id="near-miss-good-news-under-needs",
    ),
    # views reported in a report
    P("Zara told me that she hates reading out loud in class.", "view", role="views", id="reported-view"),
    # background: history, tests, method, letters, pointers, endorsements
    P("In 2019 Zara was referred to the speech and language therapy service.", "background", id="history"),
    P("Her standard score on the BPVS-3 was 84, in the low average range.", "background", id="test-results"),
    P("I met Zara in school on 3 March and observed her in a maths lesson.", "background", id="method"),
    P(
        "School: please could the academy timetable his most demanding lessons in the morning.",
        "provision",
        advice="medical",
        id="asked-to-act-a-clinic-s-request-to-school",
    ),
    P(
        "Please could you send me a copy of the EHC plan.",
        "background",
        advice="medical",
        id="near-miss-asked-for-a-copy",
    ),
    P(
        "Larkfield to provide a meet-and-greet with his mentor at the gate at 8.35am every Monday.",
        "provision",
        advice="other",
        id="asked-to-act-an-action-plan-s-provider-to-provide",
    ),
    P("Mum to book the appointment with the GP.", "background", advice="social_care", id="near-miss-a-parent-to-book"),
    P("No current input; school may re-refer.", "background", role="provision", advice="medical", id="no-input"),
    P(
        "No-nonsense instructions, one step at a time, from his class teacher every lesson.",
        "provision",
        role="provision",
        id="near-miss-no-as-part-of-a-word",
    ),
    P("Please do not hesitate to contact me if you have any questions.", "background", id="letter-talk"),
    P(
        "I will ask the adult team for a transition assessment by April 2026.",
        "background",
        advice="social_care",
        id="the-writer-s-own-action-by-a-date-is-no-outcome",
    ),
    P(
        "Sam will travel to college on his own by April 2026.",
        "outcome",
        advice="social_care",
        id="near-miss-the-child-s",
    ),
    P(
        "Please do contact me or Mrs Lake if you need anything further.",
        "background",
        role="views",
        id="letter-talk-under-a-views-heading",
    ),
    P("Please give me more time to finish my work.", "view", role="views", id="near-miss-a-child-asks-please"),
    P(
        "Speech and language therapy is set out in the therapist's report.",
        "background",
        role="provision",
        id="pointer",
    ),
    P(
        "Therapy as set out in the therapist's report, six sessions a term.",
        "provision",
        role="provision",
        id="near-miss-pointer-with-its-own-amount",
    ),
    P("Until then, we will continue to provide everything in the table above.", "background", id="pointer-to-a-table"),
    P("His handwriting speed is well below that expected for his age.", "need", id="below-that-expected"),
    P("His pen grip is very tight and he reports pain in his hand after writing.", "need", id="grip-tight-and-pain"),
    P("His processing speed is very low, so he needs much longer than others.", "need", id="speed-is-very-low"),
    P("The risk of harm to others is low.", "background", id="near-miss-a-low-risk"),
    P("Her written work is very short for her age.", "need", id="short-for-her-age"),
    P(
        "Zara was moved to monitoring only by the sensory service in Year 5.",
        "background",
        id="what-a-service-did-in-the-past",
    ),
    P(
        "Zara will be moved to the front of the class for every lesson by her teachers.",
        "provision",
        id="near-miss-will-be-moved",
    ),
    P("Next meeting: at the first annual review of the plan.", "background", id="the-next-meeting"),
    P("This is health provision and should sit in Section G of his plan.", "background", id="which-section-it-sits-in"),
    P("Don't ask Zara to read aloud in front of the class unless she offers.", "provision", id="a-dont-instruction"),
    P("Face the class when you talk to her.", "provision", id="face-the-class"),
    P("She doesn't like reading aloud in front of the class.", "need", id="near-miss-she-doesnt"),
    P(
        "Constipation remains a problem: she opens her bowels every five days.",
        "need",
        advice="medical",
        id="a-problem",
    ),
    P("Constipation is no longer a problem since March.", "background", advice="medical", id="near-miss-no-longer"),
    P("Her weight has fallen from the 9th centile to the 2nd.", "need", advice="medical", id="weight-has-fallen"),
    P("She silently aspirates thin fluids, so all her drinks are thickened.", "need", advice="medical", id="aspirates"),
    P(
        "Zara has had no careers guidance yet, and she does not know which courses are open to her.",
        "need",
        advice="preparing_for_adulthood",
        id="has-had-none-is-a-need",
    ),
    P(
        "Zara has had six sessions of careers guidance this year.",
        "background",
        advice="preparing_for_adulthood",
        id="near-miss-has-had-sessions-is-what-was-done",
    ),
    P(
        "Describe provision in terms of what will be provided, how often and by whom.",
        "background",
        role="provision",
        id="a-forms-guidance-to-whoever-fills-it-in",
    ),
    P(
        "Describe each step of the task to her as she does it, every lesson.",
        "provision",
        role="provision",
        id="near-miss-describe-to-the-child",
    ),
    P(
        "Her verbal reasoning is in the average range, but her working memory is weak: she holds two things at once.",
        "need",
        id="difficulty-after-a-contrast-with-a-score",
    ),
    P(
        "Her working memory is weak, but her verbal reasoning is in the average range.",
        "background",
        id="near-miss-the-score-after-the-contrast",
    ),
    P("She seeks movement and oral input to stay alert: she rocks and chews her sleeves.", "need", id="seeks-input"),
    P("She seeks out the quiet room herself when she needs it.", "background", id="near-miss-seeks-a-place"),
    P(
        "Her lists draw her attention away from learning in most lessons.",
        "need",
        id="takes-attention-away",
    ),
    P(
        "Speech and language therapy educates and trains Zara and is therefore special educational provision.",
        "background",
        role="provision",
        id="about-the-law",
    ),
    P(
        "Zara will have speech and language therapy for 30 minutes each week from a speech and language therapist.",
        "provision",
        role="provision",
        id="near-miss-the-provision-itself",
    ),
    P(
        "He does not yet manage money: he has no bank account.",
        "need",
        advice="preparing_for_adulthood",
        id="a-sentence-before-a-colon-is-no-label",
    ),
    P(
        "Yusuf should visit the college's motor vehicle department twice, with his learning mentor.",
        "provision",
        advice="preparing_for_adulthood",
        id="should-visit",
    ),
    P(
        "He finds crowded corridors overwhelming; ear defenders help him.",
        "need",
        role="health_provision",
        advice="medical",
        id="a-difficulty-with-what-helps-under-plan-is-the-need",
    ),
    P(
        "Ear defenders for assemblies, as he finds the hall overwhelming.",
        "provision",
        role="health_provision",
        advice="medical",
        id="near-miss-the-help-said-first",
    ),
    P(
        "He finds the hall overwhelming, so he will wear ear defenders in assemblies.",
        "provision",
        role="health_provision",
        advice="medical",
        id="near-miss-what-will-be-done",
    ),
    P(
        "Exam access arrangements for his GCSEs will follow the occupational therapist's report.",
        "background",
        role="provision",
        id="pointer-will-follow-a-report",
    ),
    P(
        "Over the last two years she has had small-group phonics and a term of Nessy, with little progress.",
        "background",
        role="provision",
        id="what-was-tried-over-a-past-period",
    ),
    P(
        "Over the next year she will have small-group phonics for 20 minutes daily with a teaching assistant.",
        "provision",
        role="provision",
        id="near-miss-over-the-next-year",
    ),
    P(
        "Sources: consultation with his carers and teacher; two observations (21 and 28 January 2026).",
        "background",
        role="provision",
        id="sources-label",
    ),
    P(
        "Support: Sami will have 30 minutes with the ELSA each week.",
        "provision",
        role="provision",
        id="near-miss-support-label",
    ),
    P(
        "I support the programme recommended by the specialist teacher in full.",
        "background",
        role="provision",
        id="endorsement",
    ),
    P(
        "Zara will receive a daily check-in with a trusted adult.",
        "outcome",
        role="outcomes",
        id="provision-worded-outcome-under-outcomes",
    ),
    P(
        "A teaching assistant will give Zara a daily check-in of 10 minutes.",
        "provision",
        role="outcomes",
        id="near-miss-an-adult-acts-under-outcomes",
    ),
    P("Zara will receive a daily check-in with a trusted adult.", "provision", id="near-miss-not-under-outcomes"),
    P("The recommendations below are suggested to meet her needs.", "background", role="provision", id="preamble"),
    P("If an EHC plan is issued, the college will also provide:", "background", role="provision", id="lead-in"),
    P(
        "They build on Zara's wish to have a friend and to be able to say how she is feeling.",
        "background",
        role="outcomes",
        id="preamble-about-the-outcomes",
    ),
    P(
        "By July 2026, Zara will be able to say how she is feeling using a feelings chart.",
        "outcome",
        role="outcomes",
        id="preamble-near-miss-an-outcome",
    ),
    P(
        "The college will provide: a weekly 30-minute session with the learning support assistant.",
        "provision",
        role="provision",
        id="lead-in-near-miss-the-item-follows",
    ),
    P("Zara has had a daily reading intervention since Year 3.", "background", id="past-provision"),
    P(
        "Zara is currently funded at Band 3 of the local banding framework, and this should continue.",
        "provision",
        role="skip",
        advice="educational",
        id="funding-to-continue",
    ),
    P(
        "Zara was funded at Band 2 of the local banding framework in Year 3.",
        "background",
        role="skip",
        advice="educational",
        id="funding-near-miss-past",
    ),
    P(
        "Zara is at phonics Phase 2 while most of her class are secure at Phase 4.",
        "need",
        advice="educational",
        id="behind-the-class",
    ),
    P("Zara is secure at phonics Phase 4.", "background", advice="educational", id="behind-the-class-near-miss-secure"),
    P(
        "She has botulinum toxin injections into her calf every six months at the neurodisability clinic.",
        "provision",
        advice="medical",
        id="ongoing-treatment-at-an-interval",
    ),
    P(
        "She had botulinum toxin injections into her calf in 2023.",
        "background",
        advice="medical",
        id="ongoing-treatment-near-miss-in-the-past",
    ),
    P(
        "Zara does not follow instructions of more than two steps given to the whole class.",
        "need",
        role="findings",
        advice="speech_and_language",
        id="difficulty-among-assessment-findings",
    ),
    P(
        "The assessment used the CELF-5 and an observation in the classroom.",
        "background",
        role="findings",
        advice="speech_and_language",
        id="difficulty-among-findings-near-miss-the-method",
    ),
    P(
        "Zara does not follow instructions of more than two steps given to the whole class.",
        "background",
        role="skip",
        advice="speech_and_language",
        id="difficulty-near-miss-in-the-background-section",
    ),
    P(
        "3. I have written to the children's physiotherapy service to ask them to see Zara again.",
        "background",
        advice="medical",
        id="past-action-of-the-author",
    ),
    P(
        "I will write to the physiotherapy service each term with Zara's progress.",
        "provision",
        advice="medical",
        id="past-action-near-miss-to-come",
    ),
    P(
        "We are therefore unable to provide social care advice for this assessment.",
        "background",
        advice="social_care",
        id="no-advice-given",
    ),
    P(
        "Ms Castell has a history of depression, for which she takes medication.",
        "background",
        advice="social_care",
        id="an-adults-own-health",
    ),
    P("The family can contact the Family Information Service about short breaks.", "background", id="signposting"),
    P(
        "3. I have given Zara's father information about the local parent support group.",
        "background",
        advice="medical",
        id="information-already-given",
    ),
    P(
        "I will give Zara's father information about the parent support group each term.",
        "provision",
        advice="medical",
        id="information-already-given-near-miss-to-come",
    ),
    P("This report contains sensitive personal information about Zara.", "background", id="confidentiality"),
    P(
        "Zara was diagnosed with autism by the child development team in May 2022.",
        "background",
        advice="educational",
        id="history-of-a-diagnosis-outside-medical-advice",
    ),
    P(
        "Zara was diagnosed with autism by the child development team in May 2022.",
        "need",
        advice="medical",
        id="diagnosis-in-medical-advice-is-a-health-need",
    ),
    P("If an EHC plan is issued, the college will also provide:", "background", id="lead-in"),
    P(
        "On 13 May Zara read 42 words per minute, compared with an expected rate of about 100 for her age.",
        "need",
        advice="educational",
        id="attainment-gap-against-expected",
    ),
    P(
        "On 13 May Zara read 98 words per minute, in line with what is expected for her age.",
        "background",
        advice="educational",
        id="near-miss-attainment-in-line-with-expected",
    ),
    P(
        "We discussed medication and the family did not wish to consider it at this stage.",
        "background",
        advice="medical",
        id="treatment-discussed-and-declined",
    ),
    P(
        "Zara should start melatonin 2 mg at bedtime to help her settle.",
        "provision",
        advice="medical",
        id="near-miss-treatment-started",
    ),
    P("Zara eats only seven foods, all of them beige and dry.", "need", advice="medical", id="eats-only-a-few-foods"),
    P(
        "Zara eats a varied diet, including fruit and vegetables.",
        "background",
        advice="medical",
        id="near-miss-eats-well",
    ),
    P(
        "This profile replaces a written report for children under five.",
        "background",
        role="needs",
        advice="speech_and_language",
        id="about-the-document-replaces",
    ),
    P(
        "Zara replaces k with t at the start of words.",
        "need",
        role="needs",
        advice="speech_and_language",
        id="near-miss-the-child-replaces-a-sound",
    ),
    P(
        "Zara is a young carer: most mornings she helps her mum to get up and to take her medication.",
        "need",
        advice="social_care",
        id="caring-role",
    ),
    P(
        "Zara takes her medication each morning before school.",
        "provision",
        advice="medical",
        id="near-miss-own-medicine",
    ),
    P(
        "Zara has 25% extra time and a reader in all tests, provided by the exams officer.",
        "provision",
        advice="educational",
        id="delivered-by",
    ),
    P(
        "Zara takes part in Dough Disco for 10 minutes each day, led by her key person.",
        "provision",
        role="needs",
        advice="educational",
        id="delivered-by-key-person-under-a-needs-heading",
    ),
    P(
        "Zara was seen by the exams officer last year because of her slow reading.",
        "background",
        advice="educational",
        id="near-miss-seen-by",
    ),
    P(
        "Zara has an asthma review with the practice nurse once a year.",
        "provision",
        advice="medical",
        id="a-review-once-a-year",
    ),
    P("Zara has asthma, which is worse in the winter.", "need", advice="medical", id="near-miss-has-asthma"),
    P("Chase GP letter about the CAMHS risk assessment.", "background", role="provision", id="process-action"),
    P(
        "Agree a start date for the family support worker's home visits.",
        "background",
        role="provision",
        advice="social_care",
        id="process-action-agree",
    ),
    P(
        "Check in with Zara every morning for 10 minutes, led by her key adult.",
        "provision",
        role="provision",
        id="near-miss-an-action-for-the-child",
    ),
    P(
        "Teacher wears the radio aid microphone in assembly and PE (recommendation 1)",
        "background",
        role="provision",
        id="pointer-to-a-numbered-recommendation",
    ),
    P(
        "The teacher wears the radio aid microphone in every assembly and PE lesson.",
        "provision",
        role="provision",
        id="near-miss-the-recommendation-itself",
    ),
    P("It takes about five minutes.", "background", role="provision", id="about-the-item-above"),
    P(
        "This is the routine the teaching assistant follows each morning.",
        "background",
        role="provision",
        id="about-the-routine-below",
    ),
    P(
        "The teaching assistant follows this routine each morning for five minutes.",
        "provision",
        role="provision",
        id="near-miss-the-routine-itself",
    ),
    # the child's medicines, listed, and medicine given at home: treatment, not provision the plan makes
    P(
        "Medication: lamotrigine 75 mg twice daily; movicol 2 sachets daily.",
        "background",
        advice="medical",
        id="medication-list",
    ),
    P(
        "Medication: school staff will give buccal midazolam 7.5 mg if a seizure lasts over five minutes.",
        "provision",
        advice="medical",
        id="near-miss-medication-label-on-what-staff-will-do",
    ),
    P("Levothyroxine 50 micrograms each morning (given at home).", "background", advice="medical", id="given-at-home"),
    P(
        "Staff will give her levothyroxine 50 micrograms at lunchtime.",
        "provision",
        advice="medical",
        id="near-miss-given-at-school",
    ),
    # a condition described with the medicine the child takes for it is the health need
    P(
        "Zara has ADHD and takes methylphenidate 18 mg each morning; she struggles to concentrate after lunch.",
        "need",
        advice="medical",
        id="condition-with-its-medicine",
    ),
    P(
        "Zara has ADHD; staff should give her methylphenidate 5 mg at lunchtime.",
        "provision",
        advice="medical",
        id="near-miss-condition-with-medicine-staff-give",
    ),
    # a one-off appointment, the plan's own review and asking for advice are process, not provision
    P("I will see her again in July.", "background", advice="medical", id="one-off-follow-up"),
    P(
        "I will see her in clinic every six months.",
        "provision",
        advice="medical",
        id="near-miss-recurring-review",
    ),
    P(
        "The child in need plan will be reviewed every three months.",
        "background",
        advice="social_care",
        id="plan-review",
    ),
    P(
        "Her programme will be reviewed by the physiotherapist every term.",
        "provision",
        advice="physiotherapy",
        id="near-miss-review-by-a-therapist",
    ),
    P(
        "Advice on her listening environment should also be sought from a teacher of the deaf.",
        "background",
        role="provision",
        id="advice-sought",
    ),
    P(
        "A qualified teacher of the deaf will visit termly to advise staff on her listening environment.",
        "provision",
        role="provision",
        id="near-miss-advice-given-termly",
    ),
    P("Her hearing aids were working during all sessions.", "background", role="findings", id="equipment-state"),
    P(
        "Her hearing aids should be checked by her teaching assistant every morning.",
        "provision",
        role="findings",
        id="near-miss-equipment-checked-daily",
    ),
    # strengths and reassurance are not needs
    P("Zara is articulate and has a wide spoken vocabulary.", "background", role="needs", id="strength"),
    P(
        "Zara is articulate but finds it very hard to write her ideas down.",
        "need",
        role="needs",
        id="near-miss-strength-but-difficulty",
    ),
    P(
        "There were no concerns about self-harm at assessment.",
        "background",
        advice="medical",
        id="no-concerns",
    ),
    P(
        "There are concerns about self-harm, and she has cut her arms twice this term.",
        "need",
        advice="medical",
        id="near-miss-concerns",
    ),
]


@pytest.mark.parametrize(("text", "role", "advice_type", "expected"), READINGS)
def test_read(text: str, role: Role | None, advice_type: str, expected: str) -> None:
    assert read(text, role, advice_type).reading == expected


@pytest.mark.parametrize(
    ("text", "advice_type", "section"),
    [
        pytest.param("Zara finds reading hard.", "psychological", "B", id="need-educational"),
        pytest.param("Zara has epilepsy and has seizures about once a month.", "medical", "C", id="need-health"),
        pytest.param("Zara finds handwriting slow and tiring.", "medical", "B", id="need-at-school-from-a-doctor"),
        pytest.param(
            "Her processing speed is very slow: she needs much longer to take in what is said.",
            "medical",
            "B",
            id="need-how-she-learns-from-a-neuropsychologist",
        ),
        pytest.param("Her shunt has blocked twice this year.", "medical", "C", id="near-miss-a-condition"),
        pytest.param("Her mother is exhausted and has no support at home.", "social_care", "D", id="need-social-care"),
        pytest.param("Zara is two years behind in reading.", "social_care", "B", id="need-at-school-from-social-care"),
        pytest.param("Zara's toileting needs help from an adult.", "educational", "B", id="near-miss-care-at-school"),
        pytest.param(
            "The tone in Zara's calf muscles is high and she is at risk of contractures.",
            "physiotherapy",
            "B",
            id="a-condition-from-a-therapist-is-the-physical-need",
        ),
        pytest.param(
            "The tone in Zara's calf muscles is high and she is at risk of contractures.",
            "medical",
            "C",
            id="a-condition-near-miss-from-a-doctor",
        ),
    ],
)
def test_need_section(text: str, advice_type: str, section: str) -> None:
    assert need_section(text, advice_type) == section


@pytest.mark.parametrize(
    ("text", "advice_type", "role", "placed"),
    [
        pytest.param("A reading programme daily with a TA.", "educational", None, ("F", None), id="provision-f"),
        pytest.param(
            "Her asthma will be reviewed every year by the practice nurse.",
            "medical",
            None,
            ("G", None),
            id="provision-g",
        ),
        pytest.param("Short breaks one weekend a month.", "social_care", None, ("H", None), id="provision-h"),
        pytest.param(
            "Zara to attend the lunchtime art club, run by the art teacher, every Tuesday.",
            "social_care",
            None,
            ("F", None),
            id="social-care-meeting-action-for-school-staff",
        ),
        pytest.param(
            "Short breaks one weekend a month with trained staff at Oak House.",
            "social_care",
            None,
            ("H", None),
            id="near-miss-short-breaks-with-staff",
        ),
        pytest.param(
            "Speech and language therapy weekly for 30 minutes.",
            "medical",
            None,
            ("F", "G"),
            id="therapy-advised-by-health-moves-to-f",
        ),
        pytest.param(
            "Speech and language therapy weekly for 30 minutes.",
            "speech_and_language",
            None,
            ("F", None),
            id="near-miss-therapist-recommending-therapy",
        ),
        pytest.param(
            "Botulinum injections every six months, followed by physiotherapy.",
            "medical",
            None,
            ("G", None),
            id="near-miss-treatment-that-mentions-therapy",
        ),
        pytest.param(
            "Her tutor should teach her to use phone reminders in a 15-minute session each week.",
            "medical",
            None,
            ("F", None),
            id="teaching-advised-by-health-is-educational",
        ),
        pytest.param(
            "The nurse will review her shunt in clinic every six months.",
            "medical",
            None,
            ("G", None),
            id="near-miss-health-care-that-teaches-nothing",
        ),
        pytest.param(
            "Her hearing aids checked every morning by a TA.",
            "educational",
            None,
            ("F", None),
            id="near-miss-health-word-delivered-at-school",
        ),
        pytest.param(
            "A care plan written by the school nurse.",
            "educational",
            "health_provision",
            ("G", None),
            id="health-provision-heading",
        ),
    ],
)
def test_provision_section(text: str, advice_type: str, role: Role | None, placed: tuple[str, str | None]) -> None:
    assert provision_section(text, advice_type, role) == placed


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param("We want Zara to attend Oakfield Special School.", True, id="named-school-wish"),
        pytest.param("Her needs can no longer be met in a mainstream school.", True, id="kind-of-placement"),
        pytest.param(
            "We would love him to go to Larch House College when he is sixteen.", True, id="named-college-wish"
        ),
        pytest.param(
            "We'd love her to do the hair and beauty course at Larch House College.", True, id="a-course-they-d-love"
        ),
        pytest.param("We'd love her to do a hair and beauty course.", False, id="near-miss-a-course-not-named"),
        pytest.param(
            "We looked round Larch House in May and that's where I'd like her to go.",
            True,
            id="where-i-d-like-her-to-go",
        ),
        pytest.param("I'd like her to make friends.", False, id="near-miss-a-wish-with-no-institution"),
        pytest.param(
            "me and my dad want me at cottam vale full time instead", True, id="wants-to-be-at-a-place-in-lower-case"
        ),
        pytest.param("We want him at Ryecroft Motor Project full time.", True, id="wants-him-at-a-named-project"),
        pytest.param("We want him at home more at weekends.", False, id="near-miss-wants-him-at-home"),
        pytest.param("I want her to go back to Meadowbank Primary.", True, id="go-back-to-a-named-primary"),
        pytest.param(
            "We looked round the resource base at Thornfield Academy and think it is the right place for him.",
            True,
            id="the-right-place-for-him",
        ),
        pytest.param(
            "We looked round Thornfield Academy's garden with the class last spring.",
            False,
            id="near-miss-a-named-place-visited-with-no-wish",
        ),
        pytest.param("I want her to go back to swimming lessons.", False, id="near-miss-go-back-to-an-activity"),
        pytest.param("I want to go to college next year.", False, id="near-miss-wants-to-go-to-college"),
        pytest.param("I want to go to art college and draw.", False, id="near-miss-a-kind-of-college"),
        pytest.param("She would like to go to the youth club and the library.", False, id="near-miss-a-club"),
        pytest.param("Zara enjoys her after-school club.", False, id="near-miss-no-institution"),
        pytest.param("A specialist teacher will visit once a half term.", False, id="near-miss-specialist-teacher"),
    ],
)
def test_a_placement_is_never_drafted(text: str, named: bool) -> None:
    assert names_placement(text) is named
