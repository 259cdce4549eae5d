"""What a document is (advice type), who wrote it and when, read from passages built directly."""

from __future__ import annotations

from datetime import date

import pytest

from appliance.ingest import authorship
from appliance.ingest.authorship import role_type
from appliance.ingest.doctype import AdviceType, describe, detect_author, detect_date, detect_type, parse_date
from appliance.ingest.passages import Passage
from appliance.ingest.people import segments
from tests.builders import PassageBlock, passages

FILLER = "Zara reads well and enjoys books of all kinds in the classroom library."


def _passages(*blocks: PassageBlock) -> list[Passage]:
    return list(passages(*blocks))


TYPES = [
    # the filename says it (weighs most)
    pytest.param("EP report.docx", (), "psychological", id="filename-ep"),
    pytest.param("Dyslexia assessment report - July 2024.pdf", (), "educational", id="filename-dyslexia-assessment"),
    pytest.param("Dyslexia - a leaflet for parents.pdf", (), "other", id="filename-near-miss-dyslexia-alone"),
    pytest.param("TAC meeting minutes - 02.10.2025.txt", (), "social_care", id="filename-team-around-the-child"),
    pytest.param("QToD report.pdf", (), "hearing_impairment_teacher", id="filename-qtod"),
    pytest.param("Short breaks eligibility assessment.pdf", (), "social_care", id="filename-short-breaks"),
    pytest.param("Our short break in Wales - photos.pdf", (), "other", id="filename-near-miss-a-short-break-away"),
    pytest.param("YJS assessment summary and intervention plan.docx", (), "social_care", id="filename-youth-justice"),
    pytest.param("Play therapy end of block summary.docx", (), "other", id="filename-play-therapy-has-no-type"),
    pytest.param("Luca's mind map.docx", (), "child_views", id="filename-mind-map"),
    # a profile the child made under "My ..." headings; near misses: a professional's "My assessment" headings, a
    # parent's "My son" headings
    pytest.param(
        "Kit profile.docx",
        (
            "SUPER KIT: superhero profile",
            ("h", "My powers"),
            "Dinosaurs.",
            ("h", "My kryptonite"),
            "Hand dryers.",
            ("h", "My sidekicks"),
            "Mr Cole.",
        ),
        "child_views",
        id="my-headings-the-child-s-profile",
    ),
    pytest.param(
        "Kit notes.docx",
        (
            ("h", "Notes"),
            ("h", "My findings"),
            "Dryers.",
            ("h", "My observations"),
            "Runs.",
            ("h", "My role"),
            "Visits.",
        ),
        "other",
        id="near-miss-a-professional-s-my-headings",
    ),
    pytest.param(
        "Kit notes.docx",
        (
            ("h", "Notes"),
            ("h", "My son at home"),
            "He loves dinosaurs and I want him to be happy.",
            ("h", "My son at school"),
            "He hates the dryers, it breaks my heart.",
            ("h", "My daughter"),
            "She is two.",
        ),
        "parent_views",
        id="near-miss-a-parent-s-my-son-headings",
    ),
    pytest.param("Final EHC plan.pdf", (), "existing_plan", id="filename-existing-plan"),
    pytest.param(
        "Education, Health and Care Plan needs assessment request.docx",
        (),
        "other",
        id="filename-near-miss-needs-assessment-is-not-a-plan",
    ),
    pytest.param("Parent_carer_views.docx", (), "parent_views", id="filename-parent-views"),
    pytest.param(
        "Letter to panel from Ludo's mum and dad.txt", (), "parent_views", id="filename-from-the-child-s-parents"
    ),
    pytest.param("Letter from Ludo's social worker.txt", (), "social_care", id="filename-near-miss-from-a-worker"),
    # whose notes they are, after a dash or in brackets; near misses: a worker's, a school's
    pytest.param(
        "Our notes for the meeting - Keira's mum and dad.txt",
        (),
        "parent_views",
        id="filename-dash-the-child-s-parents",
    ),
    pytest.param(
        "Notes.txt",
        ("Notes from Annika and Joel Lindqvist (Keira's parents) for the EHC assessment",),
        "parent_views",
        id="title-notes-from-the-child-s-parents-in-brackets",
    ),
    pytest.param(
        "Notes for the meeting - Keira's social worker.txt", (), "social_care", id="filename-near-miss-dash-a-worker"
    ),
    pytest.param(
        "Support plan.txt",
        ("SUPPORT PLAN", "We met Mrs Kettleborough (Jethro's mum) on 3 March to review the plan with the SENCo."),
        "educational",
        id="near-miss-a-school-names-the-child-s-mum-in-brackets",
    ),
    # a brother or sister writes the family's views; near miss: a sister named in a professional's report
    pytest.param("Letter from Kayla (sister).pdf", (), "parent_views", id="filename-from-a-sister"),
    pytest.param(
        "Notes.pdf",
        ("My notes for the council about Teddy from Bev Pennock (Nana) 28/02/2026", "My worries", FILLER),
        "parent_views",
        id="my-notes-from-nana",
    ),
    pytest.param("Notes.pdf", ("My notes about school", "My worries", FILLER), "child_views", id="near-miss-my-notes"),
    pytest.param(
        "About my brother.docx",
        ("About my brother Kai", "I'm Kai's big sister. He's lived with me since our mum died.", FILLER),
        "parent_views",
        id="a-sister-introduces-herself",
    ),
    pytest.param(
        "Social care assessment.docx",
        ("Child and family assessment", "Kai's big sister Shannon cares for him.", FILLER),
        "social_care",
        id="near-miss-a-sister-named-by-the-social-worker",
    ),
    # a name, then "views", is the child's own; near miss: views from his sister
    pytest.param("Kai views - texts to Ellis.txt", (), "child_views", id="filename-a-name-then-views"),
    pytest.param(
        "Kai - views from his sister Shannon.docx",
        ("About my brother Kai", "I'm Kai's big sister. He's lived with me since our mum died.", FILLER),
        "parent_views",
        id="near-miss-views-from-a-sister",
    ),
    pytest.param(
        "Letter to panel.txt",
        ("Dear Panel,", "We are Ludo's mum and dad, and we are writing this letter together.", FILLER),
        "parent_views",
        id="parents-introduce-themselves-capitalised",
    ),
    pytest.param(
        "Letter to panel.txt",
        ("Dear Panel,", "This letter is from both of us, Ama and Rob, Ferdie's mum and dad.", FILLER),
        "parent_views",
        id="from-both-of-us-the-child-s-parents",
    ),
    pytest.param(
        "Letter to panel.txt",
        ("Dear Panel,", "This letter is from both of us at the school, Ferdie's teachers.", FILLER),
        "other",
        id="near-miss-from-both-of-us-teachers",
    ),
    pytest.param("Two stars and a wish - Ferdie.pdf", (), "child_views", id="filename-two-stars-and-a-wish"),
    pytest.param("EOTAS package proposal - Wren.docx", (), "educational", id="filename-eotas"),
    pytest.param(
        "Section 7 report - extract.pdf", (), "other", id="a-family-court-welfare-report-is-no-statutory-advice"
    ),
    pytest.param("Parent evening notes.docx", (), "other", id="filename-near-miss-parent-without-views"),
    pytest.param("Parents' letter - Ros and Dylan Garbutt.docx", (), "parent_views", id="filename-parents-letter"),
    pytest.param("Mum's views.docx", (), "parent_views", id="filename-near-miss-mums-views"),
    pytest.param("Zara's views.docx", (), "child_views", id="filename-childs-views"),
    pytest.param(
        "Blob tree.pdf",
        ("How I feel at school", "Name: Barney. Class: Wren Class (Year 2)."),
        "child_views",
        id="title-how-i-feel",
    ),
    pytest.param(
        "Nurse email.txt",
        ("What I found", "Barney has an overactive bladder."),
        "other",
        id="near-miss-title-what-i-found",
    ),
    pytest.param("How I feel at school - Barney.pdf", (), "child_views", id="filename-how-i-feel"),
    pytest.param("Travel training report - Callan.pdf", (), "preparing_for_adulthood", id="filename-travel-training"),
    pytest.param("Job coach weekly log - Oren.txt", (), "preparing_for_adulthood", id="filename-job-coach"),
    pytest.param(
        "Supported employment review - Oren.docx", (), "preparing_for_adulthood", id="filename-supported-employment"
    ),
    pytest.param(
        "SENCo report - Oren.docx",
        ("Oren has a job coach from WorkWise on Tuesdays.", FILLER),
        "educational",
        id="near-miss-a-job-coach-mentioned-in-the-body",
    ),
    # a plan or report with a parent's comments written in is still the plan or report (the comments are views)
    pytest.param("SEN support plan with Dad's comments.txt", (), "educational", id="a-plan-with-dad-s-comments"),
    pytest.param(
        "College application personal statement draft - Callan.txt", (), "child_views", id="filename-personal-statement"
    ),
    pytest.param("YJS health assessment summary - Callan.pdf", (), "medical", id="filename-yjs-health-assessment"),
    pytest.param("YJS assessment summary - Callan.pdf", (), "social_care", id="near-miss-filename-yjs-assessment"),
    pytest.param("CAMHS letter.pdf", (), "medical", id="filename-medical"),
    pytest.param(
        "Email - Bladder and Bowel Service to SENCo - Barney.txt",
        ("From: Joanne Lusted (Bladder and Bowel Service)", "I saw Barney in clinic."),
        "medical",
        id="an-email-to-the-senco-is-not-the-senco-s",
    ),
    pytest.param("Email from the SENCo - Barney.txt", (), "educational", id="near-miss-an-email-from-the-senco"),
    # a health service's letter to a college is the service's; near miss: the college's own letter
    pytest.param(
        "CFS-ME service letter to college - Freya.pdf",
        ("Children's CFS/ME Service, Westmere NHS Foundation Trust", "Freya has moderate ME/CFS."),
        "medical",
        id="a-letter-to-the-college-is-not-the-college-s",
    ),
    pytest.param("Letter from the college - Freya.pdf", (), "educational", id="near-miss-a-letter-from-the-college"),
    pytest.param("Letter to GP - neurology clinic.pdf", (), "medical", id="a-letter-to-the-gp"),
    pytest.param(
        "Home and hospital education service.docx", (), "educational", id="filename-hospital-education-not-medical"
    ),
    pytest.param("Initial Health Assessment.pdf", (), "medical", id="filename-looked-after-health-assessment"),
    pytest.param("Care Act assessment.pdf", (), "social_care", id="near-miss-a-care-act-assessment"),
    pytest.param("Zara - recorded conversation transcript.txt", (), "child_views", id="filename-transcript"),
    pytest.param("scan001.pdf", ("Notes",), "other", id="nothing-to-go-on"),
    pytest.param(
        "To whoever reads this.docx",
        ("To whoever reads this,", "I'm Tariq, I'm 15 and I'm in Year 10. Reading is hard for me."),
        "child_views",
        id="the-child-introduces-themselves",
    ),
    # the child's own piece, typed up by an adult; near miss: a social story a teacher wrote
    pytest.param(
        "scan003.pdf",
        (
            "KEZ vs. THE DAY (a comic by Kez)",
            "Transcribed by Dana Whitcombe, school counsellor, Thornleigh Academy",
            "She agreed that I type it up word for word.",
        ),
        "child_views",
        id="the-child-s-comic-typed-up",
    ),
    # a comic's by-line after its title, typed up as the child told it; near miss: a teacher's by-line
    pytest.param(
        "scan006.pdf",
        (
            "ME IN 5 PANELS - by Teo Wrenfield, Year 6",
            "He told me what the captions said, and I typed it up as he told me. Mrs D Kaye (TA)",
            "Caption: They broke both my legs ON PURPOSE and put metal in. I was in hospital for 12 days.",
        ),
        "child_views",
        id="a-comic-by-the-child-after-its-title",
    ),
    pytest.param(
        "scan006.pdf",
        (
            "Transition notes - by Mrs Kaye, Year 6 teacher",
            "Teo's reading is at the expected standard. His SENCo has the provision map for secondary school.",
        ),
        "educational",
        id="near-miss-a-teacher-s-by-line",
    ),
    # a young person's journal written so the reader knows what she thinks
    pytest.param(
        "scan007.pdf",
        (
            "NOVEMBER 2026 - for the EHCP people",
            "I did these pages in my bullet journal so you can see what I think without me having to talk.",
            "College wins this month",
            "got a merit on my titration write-up",
        ),
        "child_views",
        id="so-you-can-see-what-i-think",
    ),
    # a child's page typed by someone the child calls "my key worker"; near miss: a parent's scribe
    pytest.param(
        "scan004.pdf",
        (
            "Ruairi's page",
            "Typed by Marcus (my key worker at Cedar House) on 24 October 2026. I said it, Marcus typed it.",
            "More café. I like the till.",
        ),
        "child_views",
        id="typed-by-my-key-worker",
    ),
    pytest.param(
        "scan004.pdf",
        (
            "Notes for the panel",
            "Typed by Sunita (my son's foster carer) on 24 October 2026.",
            "He likes the till at the café.",
        ),
        "parent_views",
        id="near-miss-typed-by-my-son-s-foster-carer",
    ),
    # a letter to the panel whose first line is the child introducing themselves; a sheet an adult wrote down
    # exactly as the child said it
    pytest.param(
        "Letter to the panel.pdf",
        ("10 March 2026 To the panel people", "My name is Lennon, I'm 15 and I'm in Year 10.", "Writing is the worst."),
        "child_views",
        id="the-child-introduces-themselves-in-the-first-line",
    ),
    pytest.param(
        "scan005.pdf",
        ("If I had a magic wand...", "I wrote down exactly what she said. She did the drawings herself."),
        "child_views",
        id="written-down-exactly-as-she-said-it",
    ),
    # a parent's letter to adult social care: the parent's, whoever it was sent to
    pytest.param(
        "Letter from Mrs Fennessy to Adult Social Care.docx",
        (
            "Dear Mr Dyer,",
            "You asked me to put in writing what I told you about Ruairi before his Care Act assessment.",
            "I'm his only carer. His dad lives in Cork and rings on Sundays.",
        ),
        "parent_views",
        id="a-parent-s-letter-to-adult-social-care",
    ),
    # the child's answers in a table an adult filled in; near miss: a psychologist quoting the child in a report
    pytest.param(
        "weather report - my school day.pdf",
        (
            "Weather Report: how my school day feels",
            "Kai chose a weather picture for each part of his day and told Mrs Wickens why. Mrs Wickens wrote down "
            "his words.",
            "Part of my day | My weather | Why (Kai's words)",
            "Coming in to school | Cloudy | My tummy goes funny at the gate.",
        ),
        "child_views",
        id="the-child-s-answers-written-down-by-an-adult",
    ),
    pytest.param(
        "Psychological advice - Kai.pdf",
        (
            "Educational Psychology Service",
            'I met Kai in school. He told me that carpet time is hard (his words: "everyone is behind me").',
        ),
        "psychological",
        id="near-miss-a-psychologist-quoting-the-child",
    ),
    pytest.param(
        "scan003.pdf",
        ("Going to the dentist - a social story by Mrs Shah, SENCo", "We go to the dentist on Friday."),
        "educational",
        id="near-miss-a-social-story-by-the-senco",
    ),
    pytest.param(
        "Speak Out night.docx",
        ("Speak Out night - my speech", "Hi. I'm fourteen and I have a stammer, ask my SLT."),
        "child_views",
        id="the-child-s-own-speech-giving-her-age-in-words",
    ),
    pytest.param(
        "Speak Out night.docx",
        ("Speak Out night", "I'm fourteen months into this job as her SLT; her stammer is moderate."),
        "speech_and_language",
        id="near-miss-months-in-a-job",
    ),
    pytest.param(
        "Letter.docx",
        ("To whoever reads this,", "I'm writing about my son Tariq, who is 15. He finds reading hard."),
        "parent_views",
        id="near-miss-a-parent-introduces-their-child",
    ),
    pytest.param(
        "Request for an EHC needs assessment.docx",
        (
            "Dear SEND Team,",
            "I am writing as Dmitri's mother to ask for an assessment under the Children and Families Act.",
        ),
        "parent_views",
        id="a-parent-says-who-they-are-and-cites-the-act",
    ),
    pytest.param(
        "Request for an EHC needs assessment.docx",
        ("Dear SEND Team,", "I am writing as Dmitri's social worker to ask for an assessment."),
        "social_care",
        id="near-miss-a-social-worker-says-who-they-are",
    ),
    pytest.param(
        "Letter from Mrs Tennant.pdf",
        ("Dear SEND Team,", "I am Kit's nan, his mum's mum, and he has lived with me since April last year."),
        "parent_views",
        id="a-grandparent-who-cares-for-the-child-says-who-they-are",
    ),
    pytest.param(
        "EHCP - notes from my phone.txt",
        (
            "hi, I'm Hollie, Kit's stepmum. these are my notes off my phone, sorry about the state of them",
            "- tues 14/4 bad one after school, tics nonstop thru tea, said his neck hurts",
            "- GP said it's muscular and to come back if it doesn't settle",
            "- nobody has said if the tic clinic can do anything about the neck",
        ),
        "parent_views",
        id="a-step-parent-gives-her-name-first",
    ),
    pytest.param(
        "EHCP - notes for the panel.txt",
        (
            "Hello, I'm Hollie, Kit's tic clinic therapist. These are my notes from our sessions.",
            "- tues 14/4 tics nonstop in the session, said his neck hurts",
            "- GP said it's muscular and to come back if it doesn't settle",
            "- the tic clinic will review the neck tic in June",
        ),
        "medical",
        id="near-miss-a-therapist-gives-her-name-first",
    ),
    pytest.param(
        "Daily log export - D Haverfield.txt",
        (
            ("h", "LANTERNWAY HOUSING AND SUPPORT - CareLog export"),
            "Service: Birchwood House (16-21 supported accommodation, 24-hour staffed)",
            "Resident: Dion HAVERFIELD   Room 4   Key worker: Kelechi Ansah",
            "Entries: 21/09/2026 to 31/10/2026 (selected by key worker for EHC assessment)",
            "Exported by: K Ansah, 02/11/2026",
            "21/09/2026 14:30 | K Ansah (Key Worker) | Move-in",
            "Dion arrived with his foster carer. Quiet, polite, stayed in room.",
            "22/09/2026 08:40 | T Greaves (Support Worker) | College",
            "Dion still in bed at 8.40. Missed college.",
            "03/10/2026 16:00 | K Ansah (Key Worker) | College",
            "Talked about college. He likes the bike workshop at college.",
        ),
        "social_care",
        id="a-care-leaver-s-supported-accommodation-log",
    ),
    pytest.param(
        "Walk and talk notes - Cal V.txt",
        (
            ("h", "WESTMERE CARE LEAVERS MENTORING PROJECT - WALK AND TALK NOTES"),
            "Young person: Cal V (Callum Venables)",
            "Why: Kerry-Ann asked if I could get Cal's views. I wrote his answers on my phone. His words as near as I "
            "could get them.",
            "Q: What's hard?",
            '"Reading. Letters. People talking down to me."',
        ),
        "child_views",
        id="near-miss-a-care-leavers-project-s-record-of-his-own-words",
    ),
    pytest.param(
        "Westmere College letter - Dion.pdf",
        (
            ("h", "Westmere College - Additional Learning Support"),
            "Dion is in the second year of his Entry 3 course at college and lives in supported accommodation.",
            "At college he needs instructions one step at a time.",
        ),
        "educational",
        id="near-miss-a-college-letter-that-mentions-his-accommodation",
    ),
    pytest.param(
        "Letter from Ms Pryce.docx",
        ("Dear Mrs Adeyemi,", "I am AJ's aunty. His mum is my little sister, and he came to live with me in 2024."),
        "parent_views",
        id="an-aunty-who-cares-for-the-child-says-who-she-is",
    ),
    pytest.param(
        "Letter from Mrs Tennant.pdf",
        ("Dear SEND Team,", "I am Kit's class teacher, and he has been in my class since April last year."),
        "other",
        id="near-miss-a-teacher-says-who-they-are",
    ),
    pytest.param(
        "Our week - diary.pdf",
        ("Our week", "(Hannah - Mum. Lewis has added bits.)", "Mon. Bad start with her hearing aids."),
        "parent_views",
        id="a-diary-signed-mum-at-the-top",
    ),
    pytest.param("Winnie diary from Mum.pdf", (), "parent_views", id="filename-from-mum"),
    pytest.param("Letter to Mum from school.pdf", (), "other", id="filename-near-miss-to-mum"),
    # the title lines (the first 12 passages)
    pytest.param(
        "scan002.pdf",
        ("Westmere Educational Psychology Service", "Psychological Advice"),
        "psychological",
        id="title-psychological",
    ),
    pytest.param("scan003.pdf", ("Westmere Hospitals NHS Trust", "Dear colleagues,"), "medical", id="title-medical"),
    # the body (a little for each mention)
    pytest.param("scan004.pdf", (*[FILLER] * 12, "Zara sees the physio."), "physiotherapy", id="body-mentions"),
    # which wins
    pytest.param(
        "Speech and language advice.docx",
        ("Educational psychology report",),
        "speech_and_language",
        id="filename-beats-title",
    ),
    pytest.param(
        "scan005.pdf",
        ("Paediatric report", *[FILLER] * 11, *["She sees the speech and language therapist."] * 5),
        "medical",
        id="title-beats-body",
    ),
    pytest.param(
        "Occupational therapy and physiotherapy advice.docx", (), "occupational_therapy", id="tie-earlier-rule-wins"
    ),
    pytest.param(
        "scan006.pdf",
        ("Educational Psychology Service", "Zara was referred to CAMHS by her GP."),
        "psychological",
        id="title-near-miss-services-mentioned-near-the-top",
    ),
    # a post-16 college's or training provider's advice is educational advice
    pytest.param("College advice - Learning Support.docx", (), "educational", id="post16-college"),
    pytest.param(
        "scan007.pdf",
        ("Westfield Training: training provider advice", FILLER),
        "educational",
        id="post16-training-provider",
    ),
    # a college's own record of its learner, whatever "About me" part it has
    pytest.param(
        "Learner profile - ALS - April 2026.docx",
        ("Learner Profile", "About me", "I like cooking best."),
        "educational",
        id="post16-learner-profile",
    ),
    pytest.param("scan009.pdf", ("About me", "I like cooking best."), "child_views", id="post16-near-miss-about-me"),
    pytest.param(
        "export.pdf",
        ("Learner: Dylan Carrow", "Student ID: WC2291847", "Course: Entry 3", "About me", "I like cooking."),
        "educational",
        id="post16-a-college-record-s-labels",
    ),
    pytest.param(
        "export2.pdf",
        ("Student ID: WC2291847", "About me", "I like cooking best and my dog."),
        "child_views",
        id="post16-near-miss-one-label",
    ),
    pytest.param(
        "Careers guidance record.docx",
        (FILLER, *["He enjoys college and his college tutor helps him."] * 5),
        "preparing_for_adulthood",
        id="post16-near-miss-college-in-a-careers-record",
    ),
    # carers who write the family's views are parents or carers
    pytest.param("Foster carers views.docx", (), "parent_views", id="carers-foster"),
    pytest.param("scan008.pdf", ("Our views about Zara", FILLER), "parent_views", id="carers-our-views"),
    pytest.param(
        "scan009.pdf", ("Kinship carer's contribution", FILLER), "parent_views", id="carers-kinship-contribution"
    ),
    pytest.param("Special guardian views.docx", (), "parent_views", id="carers-special-guardian"),
    pytest.param(
        "scan010.pdf", (("h", "Tell us about your child"), FILLER), "parent_views", id="carers-form-asks-your-child"
    ),
    pytest.param(
        "Social care advice.docx",
        (FILLER, *["Her foster carers attend every review."] * 5),
        "social_care",
        id="carers-near-miss-foster-carers-in-social-care-advice",
    ),
    pytest.param(
        "Parent and child views.docx", (("h", "Tell us about your child"),), "parent_views", id="carers-joint-form"
    ),
    # the child's own documents
    pytest.param("One-page profile - Zara.docx", (), "child_views", id="child-one-page-profile"),
    pytest.param("scan011.pdf", (("h", "All about me: Zara"), FILLER), "child_views", id="child-all-about-me-title"),
    pytest.param("scan012.pdf", (("h", "What I think"), FILLER), "child_views", id="child-what-i-think"),
    pytest.param("Pupil voice - Zara.docx", (), "child_views", id="child-pupil-voice"),
    pytest.param(
        "scan013.pdf",
        (("h", "Psychological advice"), FILLER, *["We used a one-page profile to gather her views."] * 3),
        "psychological",
        id="child-near-miss-profile-mentioned-in-a-report",
    ),
    # medical, social care, educational and preparing-for-adulthood titles
    pytest.param("scan014.pdf", ("Westmere CAMHS, The Lindens", "Dear colleagues,", FILLER), "medical", id="camhs"),
    pytest.param("Clinic letter - Zara.pdf", (), "medical", id="clinic-letter"),
    pytest.param("scan015.pdf", (("h", "Child and Family Assessment"), FILLER), "social_care", id="child-and-family"),
    pytest.param("scan016.pdf", (("h", "Care Act assessment"), FILLER), "social_care", id="care-act"),
    pytest.param("Early help summary.docx", (), "social_care", id="early-help"),
    pytest.param(
        "EP report.docx",
        (FILLER, "A Child and Family Assessment was completed last year."),
        "psychological",
        id="social-care-near-miss-assessment-mentioned",
    ),
    pytest.param("Virtual School letter.pdf", (), "educational", id="virtual-school"),
    pytest.param("scan017.pdf", (("h", "Personal Education Plan (PEP)"), FILLER), "educational", id="pep"),
    pytest.param(
        "Social care advice.docx",
        (FILLER, *["Her PEP is reviewed each term."] * 5),
        "social_care",
        id="pep-near-miss-mentioned-in-social-care-advice",
    ),
    pytest.param("scan018.pdf", (("h", "Careers guidance record"), FILLER), "preparing_for_adulthood", id="careers"),
    pytest.param(
        "Social care advice - Transitions.docx", (), "social_care", id="careers-near-miss-transitions-social-worker"
    ),
    pytest.param("scan019.pdf", (("h", "Views of the parents"), FILLER), "parent_views", id="carers-views-of-parents"),
    pytest.param(
        "scan021.pdf", (("h", "My Three Houses"), "House of Worries", FILLER), "child_views", id="child-my-title"
    ),
    # the document's own first-person name outweighs a place in a later heading; near miss: a college's week plan
    pytest.param(
        "notes.txt",
        (("h", "my busy week (from my phone)"), ("h", "MON 3 - college"), "theory after lunch wipes me out"),
        "child_views",
        id="child-my-title-over-a-college-heading",
    ),
    pytest.param(
        "notes.txt",
        (("h", "Weekly timetable"), ("h", "MON 3 - college"), "Theory after lunch with the tutor."),
        "educational",
        id="child-my-title-near-miss-a-college-week",
    ),
    # a form its reader answers in their own words, on a college's letterhead: the young person's answers, or a
    # parent's where the answers speak of the child; near miss: an EP who wrote down a child's own words
    pytest.param(
        "Kenmore College enrolment - learning support.docx",
        (
            ("h", "Kenmore College - Enrolment 2026/27"),
            "Please answer in your own words. Your answers help us plan support.",
            ("row", "Student name", "Zara Whitfield"),
            ("row", "Course", "Level 1 Animal Care"),
            "I have asthma and I get tired in the afternoons. I like working with animals.",
        ),
        "child_views",
        id="own-words-form-answered-by-the-student",
    ),
    pytest.param(
        "Kenmore College enrolment - parent section.docx",
        (
            ("h", "Kenmore College - Enrolment 2026/27"),
            "Please tell us in your own words about your young person.",
            "She loves animals and she works hard. I worry that she gets tired and my husband works nights.",
            "She gets anxious when plans change and I have to explain it to her teachers.",
        ),
        "parent_views",
        id="own-words-form-answered-by-a-parent",
    ),
    # the child's by-line, written with an adult's help; near miss: a professional's by-line with a colleague
    pytest.param(
        "A good day at college.docx",
        (
            ("h", "Zara's Recipe for a Good Day at College"),
            "Written by Zara with Mr Hale (my personal tutor) on 15 May 2026, for my EHC needs assessment",
            FILLER,
        ),
        "child_views",
        id="child-by-line-with-an-adult-s-help",
    ),
    pytest.param(
        "College report.docx",
        (("h", "Kenmore College progress report"), "Written by Dr Hale with Mr Price, curriculum manager", FILLER),
        "educational",
        id="near-miss-a-professional-s-by-line",
    ),
    pytest.param(
        "EP report.docx",
        (("h", "Psychological advice"), "I asked Zara to tell me in her own words what helps.", FILLER),
        "psychological",
        id="own-words-near-miss-an-ep-took-them-down",
    ),
    pytest.param(
        "scan023.pdf",
        (("h", "REMI'S PHOTO VOICE: MY MORNINGS AT ACORNS"), "Brackenfold Primary School and Nursery", FILLER),
        "child_views",
        id="child-photo-voice",
    ),
    pytest.param(
        "scan025.pdf",
        (("h", "Anwen's good day and bad day"), "Written up by Mrs Dale (TA), 4 February 2026.", FILLER),
        "child_views",
        id="child-good-day-bad-day",
    ),
    pytest.param(
        "scan026.pdf",
        ("Anwen - notes for the EHCP. Typed on my phone - Cerys Prosser (Mum) 02/02/2026", FILLER),
        "parent_views",
        id="parent-signs-as-mum",
    ),
    pytest.param(
        "scan027.pdf",
        ("Nell - EHCP notes from Dad (Mark Whitcombe). Typed on my phone", FILLER),
        "parent_views",
        id="parent-notes-from-dad",
    ),
    pytest.param(
        "scan029.pdf",
        (("h", "Core group minutes"), "Present: Jodie Catterall (Mum), Miss Safiya Hussain (key person)", FILLER),
        "other",
        id="near-miss-mum-present-at-a-meeting",
    ),
    pytest.param(
        "scan028.pdf",
        (("h", "Teaching notes"), "Mrs Dale (TA) - notes on the group's good and bad days in phonics", FILLER),
        "other",
        id="near-miss-a-teacher-s-notes",
    ),
    pytest.param(
        "scan024.pdf",
        (("h", "Mum's voice"), "Brackenfold Primary School and Nursery", FILLER),
        "parent_views",
        id="child-near-miss-a-parent-s-voice",
    ),
    pytest.param(
        "scan022.pdf",
        (("h", "My son's needs"), FILLER, "We would like more help."),
        "other",
        id="child-near-miss-my-son",
    ),
    pytest.param(
        "SEN support plan and pupil passport.docx", (), "educational", id="child-near-miss-schools-pupil-passport"
    ),
    pytest.param("scan020.pdf", (("h", "Individual Education Plan"), FILLER), "educational", id="iep"),
    pytest.param("Health visitor report.pdf", (), "medical", id="health-visitor"),
    # what the document says it is outweighs the services it mentions
    pytest.param(
        "scan032.pdf",
        (
            "This record is our advice on preparing for adulthood for Talia.",
            "She will self-refer to audiology.",
            "Her audiology appointment is in May.",
            FILLER,
        ),
        "preparing_for_adulthood",
        id="says-what-advice-it-is",
    ),
    pytest.param(
        "scan033.pdf",
        (
            "This record is our summary of the visit.",
            "She will self-refer to audiology.",
            "Her audiology appointment is in May.",
            FILLER,
        ),
        "medical",
        id="near-miss-says-no-advice",
    ),
    # a family's own account that mentions the professionals who have helped
    pytest.param(
        "Our family's story - Vandeleur.docx",
        ("Teacher of the Deaf every week at primary.", "The Teacher of the Deaf visits now and then."),
        "parent_views",
        id="our-family-s-story",
    ),
    pytest.param(
        "scan030.pdf",
        ("Talia's story, from us (her parents)", "The Teacher of the Deaf came every week.", FILLER),
        "parent_views",
        id="a-story-from-us-her-parents",
    ),
    pytest.param(
        "scan031.pdf",
        ("Teacher of the Deaf report", "The Teacher of the Deaf came every week.", FILLER),
        "hearing_impairment_teacher",
        id="near-miss-the-teacher-s-own-report",
    ),
]


TYPES += [
    # a health team's outreach is not a school's; near miss: a school's outreach service
    pytest.param("Neurorehab outreach plan.pdf", (), "other", id="filename-near-miss-a-health-team-s-outreach"),
    pytest.param("Autism outreach report.pdf", (), "educational", id="filename-a-school-outreach-service"),
    # the document saying it was written as health advice; near miss: written for the assessment alone
    pytest.param(
        "plan.pdf",
        ("Rehabilitation plan", "Written for Ellis's EHC needs assessment as the team's health advice.", FILLER),
        "medical",
        id="written-as-the-team-s-health-advice",
    ),
    pytest.param(
        "plan.pdf",
        ("Rehabilitation plan", "Written for Ellis's EHC needs assessment.", FILLER),
        "other",
        id="near-miss-written-for-the-assessment",
    ),
    # a home visit whose stated purpose is to record a parent's views, though the clinic comes up in them
    pytest.param(
        "Visit notes.docx",
        (
            "Home visit record",
            "Purpose: to record Mum's views for the EHC needs assessment, as she finds writing in English slow.",
            "Mum said Toby stopped his tablets last summer. She has not been back to the clinic since.",
            "The school nurse will help her ring the clinic for an appointment.",
        ),
        "parent_views",
        id="a-visit-to-record-a-parent-s-views",
    ),
    # a document that says nothing of what it is: its voice decides
    pytest.param(
        "slides.pdf",
        (
            "Slide 1: Me. Year 8.",
            "I feel tired all the time because everything is so far apart.",
            "I need people to ask me before they help me.",
            "I want to go on the Year 8 trip.",
            "Slide 2: Thank you for listening!",
        ),
        "child_views",
        id="untitled-in-the-writer-s-own-voice",
    ),
    pytest.param(
        "notes.pdf",
        (
            "Notes",
            "I feel he is tired all the time because everything is so far apart.",
            "I want my son to go on the Year 8 trip.",
        ),
        "parent_views",
        id="untitled-in-a-parent-s-voice",
    ),
    # a parent's notes that mention a therapy are still the parent's; a therapist's notes in the first person not
    pytest.param(
        "notes for the meeting.txt",
        (
            "NOTES FOR THE MEETING",
            "(typed on Sunday so I don't forget anything when I get nervous in the meeting at school on Wednesday)",
            "- pain in her knees, wakes up crying 3 nights a week. physio sheet not done at school",
            "- she's scared of the playground. breaks my heart",
            "- what I want from the plan: physio done properly in school every day, not just a sheet sent home to us.",
            "- I want her to believe she can be a vet, and to go to secondary school without being the girl who's off.",
        ),
        "parent_views",
        id="a-parent-s-notes-that-mention-physio",
    ),
    pytest.param(
        "notes for the meeting.txt",
        (
            "NOTES FOR THE MEETING",
            "(typed on Sunday so I don't forget anything when I go through the programme with school on Wednesday)",
            "- pain in her knees. I have given school a new physio sheet",
            "- she is scared of the playground; I will see her again in March",
            "- I want her to do her physio exercises at home every day",
        ),
        "physiotherapy",
        id="near-miss-a-physiotherapist-s-notes",
    ),
    # an email the pupil sent from their own account, whoever it was sent to; near miss: a teacher's
    pytest.param(
        "the list u asked for.txt",
        (
            "From: Kacper Nowicki (student account)",
            "Subject: the list u asked for",
            "stuff that makes school worse (for ms thorne, SENCo)",
            "corridors. 1400 people in corridors built for about 400",
        ),
        "child_views",
        id="an-email-from-a-student-account",
    ),
    pytest.param(
        "the list.txt",
        (
            "From: Ms Ada Thorne (SENCo) <a.thorne@brackenridge.sch.uk>",
            "Subject: Kacper - the list he asked me to send",
            "Kacper finds the corridors hard: 1400 people in corridors built for about 400.",
        ),
        "educational",
        id="near-miss-an-email-from-the-senco",
    ),
    # a school's record of its pupil by year and form is the school's, whatever clinics it mentions; near miss: a clinic
    # letter's patient line
    pytest.param(
        "Incident report export.txt",
        (
            "STUDENT INCIDENT REPORT",
            "Student: Zara Ahmed Year 10 (10RW)",
            FILLER,
            "Missed her audiology appointment; mum to ring the GP. CAMHS referral chased. Audiology letter filed.",
        ),
        "educational",
        id="a-school-s-record-of-its-student",
    ),
    pytest.param(
        "Incident report export.txt",
        (
            "INCIDENT REPORT",
            "Patient: Zara Ahmed, Year 10",
            FILLER,
            "Missed her audiology appointment; mum to ring the GP. CAMHS referral chased. Audiology letter filed.",
        ),
        "medical",
        id="near-miss-a-clinic-s-patient-line",
    ),
    # views sent by someone with the surname of the child the subject names: the family's; near miss: the child's own
    pytest.param(
        "Email from Mr Dunkerley - views.txt",
        (
            "From: Wayne Dunkerley",
            "Subject: Leonie Dunkerley views",
            "I do nights two or three times a week and there's no one else. My mum can't manage the little ones.",
            "She needs to go to the hospital appointments but I keep missing them because of work.",
            "i dont wear my hearing aids cos people take the mick",
            "i want to do plumbing at college",
        ),
        "parent_views",
        id="views-sent-by-one-of-the-family",
    ),
    pytest.param(
        "Email from Leonie - views.txt",
        (
            "From: Leonie Dunkerley",
            "Subject: Leonie Dunkerley views",
            "I don't wear my hearing aids because people take the mick.",
            "I want to be a plumber and have my own van.",
            "I like Woodcraft best.",
        ),
        "child_views",
        id="near-miss-views-the-child-sends",
    ),
    # the child's answers taken down by an adult
    pytest.param(
        "talking with pip.pdf",
        (
            "Talking with Pip",
            "Written down by Mrs Kaur for Zara's EHC needs assessment. I have written her words down exactly as she "
            "said them.",
            "Pip: What is the best thing about school?",
            "Zara: Art. And Mrs Dobbs.",
        ),
        "child_views",
        id="a-child-s-answers-taken-down",
    ),
    pytest.param(
        "notes.pdf",
        ("Notes", "She feels tired all the time.", "I want to see her again in March.", FILLER),
        "other",
        id="near-miss-untitled-mostly-about-the-child",
    ),
    pytest.param(
        "notes.pdf",
        (
            "Notes",
            "I think he needs a quiet place to work.",
            "I feel he is tired all the time in the afternoons.",
            "I want to see him again in March.",
        ),
        "other",
        id="near-miss-untitled-a-professional-s-first-person-notes",
    ),
    # a grandparent's views are the family's; near miss: the child's own views named for the child
    pytest.param("Nyla - Grandad's views typed by Simone.txt", (), "parent_views", id="a-grandad-s-views"),
    pytest.param("Nyla's views typed by Simone.txt", (), "child_views", id="near-miss-the-child-s-views"),
    # a record that says which advice it is, though its first lines name the child's special guardian
    pytest.param(
        "SGO review.pdf",
        (
            "Special Guardianship Support Plan: review",
            "Special guardian: Mr Desmond Birch (maternal grandfather)",
            "This review is also the social care advice for Nyla's EHC needs assessment.",
        ),
        "social_care",
        id="a-review-that-says-it-is-the-social-care-advice",
    ),
    # a report with a section for the child's voice is not the child's views: only its body says "voice"
    pytest.param(
        "Action plan - Kai - May 2026.docx",
        ("Individual Action Plan", *[FILLER] * 12, ("h", "Kai's voice"), 'When I asked what he likes he said "Sand."'),
        "other",
        id="a-plan-with-a-section-for-the-child-s-voice",
    ),
    pytest.param(
        "Kai - May 2026.docx",
        ("Kai", *["I like sand and I like cars."] * 12, ("h", "Kai's voice"), "I want to play outside."),
        "child_views",
        id="near-miss-the-child-s-own-words-with-the-same-heading",
    ),
]


@pytest.mark.parametrize(("filename", "blocks", "advice_type"), TYPES)
def test_detect_type(filename: str, blocks: tuple[str, ...], advice_type: AdviceType) -> None:
    assert detect_type(filename, _passages(*blocks)) == advice_type


def test_near_miss_a_visit_whose_purpose_is_not_views() -> None:
    blocks = (
        "Home visit record",
        "Purpose: to follow up Toby's lateness on the mornings his mother works.",
        "Mum said Toby stopped his tablets last summer. She has not been back to the clinic since.",
    )
    assert detect_type("Visit notes.docx", _passages(*blocks)) != "parent_views"


@pytest.mark.parametrize(
    ("filename", "blocks", "advice_type"),
    [
        # "my views" are the writer's: a parent's where a parent signs, the child's otherwise
        pytest.param(
            "Re Sam - my views for the assessment.txt",
            ("Sam loves the swings and his little sister.", "Thanks, Jo (Sam's mum)"),
            "parent_views",
            id="filename-my-views-signed-by-mum",
        ),
        pytest.param(
            "Re Sam - my views for the assessment.txt",
            ("I love the swings and my little sister.", "Sam"),
            "child_views",
            id="filename-near-miss-my-views-signed-by-the-child",
        ),
        # "my views on Sam" are someone else's views of Sam: a parent's, whoever signs
        pytest.param(
            "Email from Kieran Platt - my views on Sam.txt",
            ("Sam is a great kid and he has had a hard year.", "Kieran Platt"),
            "parent_views",
            id="filename-my-views-on-the-child",
        ),
        pytest.param(
            "Sams story - by his mum.pdf",
            ("Sam's story, by his mum", "Sam was born at Westmere General in 2014 and spent a week in hospital."),
            "parent_views",
            id="a-story-by-his-mum",
        ),
        pytest.param(
            "Visit record - Sam.txt",
            (
                "Social worker's home visit record",
                "Sam was picked up from school by his mum at 3pm and we talked at home.",
            ),
            "social_care",
            id="near-miss-picked-up-by-his-mum",
        ),
        pytest.param(
            "Sam Platt - my views as his parent.txt",
            ("Sam is a great kid and he has had a hard year.", "Carys"),
            "parent_views",
            id="filename-my-views-as-his-parent",
        ),
        pytest.param(
            "Sam Platt - my views as a Year 9 pupil.txt",
            ("I like the swings and the library at my school.", "Sam"),
            "child_views",
            id="filename-near-miss-my-views-as-a-pupil",
        ),
        pytest.param(
            "My views on Year 7.txt",
            ("I like the swings and the library at my school.", "Sam"),
            "child_views",
            id="filename-near-miss-my-views-on-a-school-year",
        ),
        # a child's views written down by a member of staff are the child's, not the staff member's advice
        pytest.param(
            "Sam's views - recorded by J Fairlie (SENCo).pdf",
            (
                "Sam's views for his EHC needs assessment",
                "Recorded by: Mrs Jenna Fairlie (SENCo), with Sam",
                "Sam said that he likes computing and that teachers make a fuss.",
                "Jenna Fairlie, SENCo",
            ),
            "child_views",
            id="a-child-s-views-recorded-by-the-senco",
        ),
        pytest.param(
            "SENCo advice - Sam.pdf",
            (
                "Educational advice",
                "Written by: Mrs Jenna Fairlie (SENCo)",
                "Sam said that he likes computing. He needs help with writing.",
                "Jenna Fairlie, SENCo",
            ),
            "educational",
            id="near-miss-the-senco-s-own-advice-quoting-the-child",
        ),
        # a parent's comments on a draft report are the parent's views, not the report they answer
        pytest.param(
            "Mr Kettle comments on draft EP advice.txt",
            (
                "COMMENTS ON THE DRAFT PSYCHOLOGICAL ADVICE FOR AOIFE KETTLE",
                "From: Declan Kettle (Aoife's dad)",
                "Para 3 - Agree with all of it. She reads better at home with me when nobody is watching.",
            ),
            "parent_views",
            id="a-parent-s-comments-on-the-draft-psychological-advice",
        ),
        pytest.param(
            "EP advice - Aoife Kettle.docx",
            (
                "DRAFT PSYCHOLOGICAL ADVICE FOR AOIFE KETTLE",
                "Dr Lucinda Marwood, Educational Psychologist",
                "Para 3 - Aoife reads better at home than in school.",
            ),
            "psychological",
            id="near-miss-the-draft-advice-itself",
        ),
        # a parent's answers, and a parent named in a transcript's filename; near miss: the child's own transcript
        pytest.param(
            "Mum's answers to caseworker questions - Idris.txt",
            ("Subject: RE: Idris - your views", "1. What are his strengths?", "He's clever, funny and stubborn."),
            "parent_views",
            id="mum-s-answers",
        ),
        pytest.param(
            "Voice note transcript - Tilly's mum - views.txt",
            ("VoiceJot transcript", "so she trips over things at nursery and I worry about the road"),
            "parent_views",
            id="a-transcript-of-a-mum-s-views",
        ),
        pytest.param(
            "Voice note transcript - Tilly - views.txt",
            ("VoiceJot transcript", "I like the sand pit and I don't like the loud room"),
            "child_views",
            id="near-miss-the-child-s-own-transcript",
        ),
        # "my views" written of the child as he or she are a parent's; near miss: a child's, in the first person
        pytest.param(
            "Email - things I forgot to say.txt",
            (
                "Subject: Jonah - things I forgot to say (my views for the assessment)",
                "He told me he'd rather be late to every lesson than have a TA walking behind him.",
                "On the days he walks he comes home wrecked and I worry about him.",
            ),
            "parent_views",
            id="my-views-of-a-child",
        ),
        pytest.param(
            "Email - things I forgot to say.txt",
            (
                "Subject: things I forgot to say (my views for the assessment)",
                "I would rather be late to every lesson than have a TA walking behind me.",
                "On the days I walk I come home wrecked.",
            ),
            "child_views",
            id="near-miss-my-own-views",
        ),
        # a youth worker who wrote down what the young person said: her views; near miss: what the worker saw
        pytest.param(
            "River of Life - Nadia - The Loft.docx",
            (
                "River of Life: Nadia",
                "Youth worker: Dale Fenwick, Senior Youth Worker",
                "Nadia drew her river over two sessions, and I wrote down what she said about each part.",
                '"Loud places. The salon with all the dryers going is like being inside a hoover."',
            ),
            "child_views",
            id="a-young-person-s-words-written-down",
        ),
        pytest.param(
            "Youth work record - Nadia - The Loft.docx",
            (
                "Youth work record: Nadia",
                "Youth worker: Dale Fenwick, Senior Youth Worker",
                "Nadia came to two sessions, and I wrote down what I saw: she finds the salon too loud.",
            ),
            "other",
            id="near-miss-what-the-worker-saw",
        ),
        # a child's by-line with their age; near miss: a professional's by-line
        pytest.param(
            "About my brain - Aoife.pdf",
            (
                "About my brain",
                "By Aoife K, age 8 and a quarter, class 3A",
                "The letters swap places and jump about.",
            ),
            "child_views",
            id="a-child-s-booklet-by-line",
        ),
        pytest.param(
            "About dyslexia.pdf",
            ("About dyslexia", "By Dr Lucinda Marwood, Educational Psychologist", "The letters swap places."),
            "psychological",
            id="near-miss-a-professional-s-by-line",
        ),
    ],
)
def test_my_views_are_the_writers(filename: str, blocks: tuple[str, ...], advice_type: AdviceType) -> None:
    assert describe(filename, _passages(*blocks)).advice_type == advice_type


@pytest.mark.parametrize(
    ("by", "advice_type"),
    [
        pytest.param("Facilitated by", "psychological", id="an-educational-psychologist-s-consultation-record"),
        pytest.param("Present", "educational", id="near-miss-an-ep-present-at-an-outreach-meeting"),
    ],
)
def test_psychological_advice_is_the_educational_psychologist_s(by: str, advice_type: AdviceType) -> None:
    """Whoever's form it is on, advice an educational psychologist gives is psychological advice."""
    blocks = (
        "Westmere SEMH Outreach Team - Consultation Record",
        ("row", "Child", "Kit Mowbray, Year 7"),
        ("row", by, "Dr Jolyon Sedgemoor, Educational Psychologist"),
        "Staff describe Kit as constantly on guard in corridors and at lesson changeover.",
    )
    assert describe("SEMH Outreach consultation record - Kit.pdf", _passages(*blocks)).advice_type == advice_type


@pytest.mark.parametrize(
    ("credit", "advice_type"),
    [
        pytest.param("(Dr Imogen Saltash, Educational Psychologist)", "psychological", id="an-ep-s-part-of-a-letter"),
        pytest.param("(see the EP's report)", "medical", id="near-miss-no-educational-psychologist-gives-it"),
    ],
)
def test_an_educational_psychologist_s_part_makes_psychological_advice(credit: str, advice_type: AdviceType) -> None:
    """A mental health team's letter with an educational psychologist's advice added under its own heading
    is the psychological advice; a heading that only points to it is not."""
    blocks = (
        "Closure letter: Jethro Kettleborough",
        "I met Mr Kettleborough for eight weekly sessions of guided parent-led CBT at school.",
        "Lowri Castellanos, Education Mental Health Practitioner",
        ("h", f"Psychological advice for the EHC needs assessment {credit}"),
        "In my view Jethro's anger at school is best understood as anxiety about his condition.",
    )
    assert describe("MHST closure letter - Jethro.docx", _passages(*blocks)).advice_type == advice_type


@pytest.mark.parametrize(
    ("signed", "advice_type", "role"),
    [
        ("Tamsin Gale, Social Prescribing Link Worker", "medical", "Social Prescribing Link Worker"),
        # near miss: a social worker's letter to the GP is social care advice
        ("Tamsin Gale, Social Worker", "social_care", "Social Worker"),
    ],
)
def test_a_social_prescriber_writes_for_the_nhs(signed: str, advice_type: AdviceType, role: str) -> None:
    blocks = (
        "Dear Dr Okafor,",
        "Maisie's knees and wrists hurt most days, and she has lost weight since September.",
        "Yours sincerely,",
        signed,
    )
    found = describe("Letter about Maisie.docx", _passages(*blocks))
    assert (found.advice_type, found.author_role) == (advice_type, role)


AUTHORS = [
    # labelled rows
    pytest.param(
        "educational", (("row", "Completed by", "Mr Owen Price, SENCO"),), ("SENCO", "Mr Owen Price", 0), id="labelled"
    ),
    pytest.param(
        "educational",
        (("row", "Completed by", "Owen Price"),),
        ("SENCO", "Owen Price", 0),
        id="labelled-name-without-role",
    ),
    pytest.param(
        "educational",
        (
            "Pupil: Zara Hill Year 8 School: Oak Academy Written by: Gareth Lumley (Behaviour Support Teacher, "
            "Westmere Behaviour Support Service) with Tanya Osei (Pastoral Lead) Date: 26/01/2026",
            FILLER,
            "Signed: G Lumley T Osei L Hill (parent)",
        ),
        ("Behaviour Support Teacher", "Gareth Lumley", 0),
        id="labelled-written-by-inside-a-details-line-with-the-role-in-brackets",
    ),
    pytest.param(
        "speech_and_language",
        (
            ("row", "Referred by", "Ms Ada Grant, Speech and Language Therapist"),
            ("row", "Assessor", "Tom Wilk, Clinical Specialist Speech and Language Therapist"),
        ),
        ("Clinical Specialist Speech and Language Therapist", "Tom Wilk", 1),
        id="labelled-assessor-not-the-referrer",
    ),
    # signature lines at the end
    pytest.param(
        "psychological",
        (FILLER, "Dr Imogen Hale, Educational Psychologist"),
        ("Educational Psychologist", "Dr Imogen Hale", 1),
        id="signature",
    ),
    pytest.param(
        "psychological",
        (FILLER, "Dr Imogen Hale", "Senior Educational Psychologist"),
        ("Senior Educational Psychologist", "Dr Imogen Hale", 1),
        id="signature-role-on-the-next-line",
    ),
    pytest.param(
        "speech_and_language",
        (FILLER, "Priya Shah, SALT"),
        ("Speech and language therapist", "Priya Shah", 1),
        id="signature-abbreviation",
    ),
    pytest.param(
        "educational",
        (FILLER, "cc: Dr Farah Lowe, Consultant Paediatrician"),
        ("SENCO", None, None),
        id="signature-near-miss-copy-line",
    ),
    # the role must fit the kind of advice
    pytest.param(
        "psychological",
        ("I spoke to Mrs Bell, class teacher.", FILLER, "Dr Imogen Hale, Educational Psychologist"),
        ("Educational Psychologist", "Dr Imogen Hale", 2),
        id="role-fits-advice-type",
    ),
    pytest.param(
        "psychological",
        ("I spoke to Mrs Bell, class teacher.", FILLER),
        ("Educational psychologist", None, None),
        id="role-near-miss-consulted-teacher",
    ),
    # a writer whose role writes no advice type is that, not the type's usual writer; near miss: a SENCO named in a
    # doctor's letter writes another type
    pytest.param(
        "medical",
        (FILLER, "Therapist: Imogen Tallis, Play and Sandtray Therapist"),
        ("Play and Sandtray Therapist", "Imogen Tallis", 1),
        id="a-role-that-writes-no-advice-type",
    ),
    pytest.param(
        "medical", (FILLER, "Mr Owen Price, SENCO"), ("Paediatrician", None, None), id="role-near-miss-wrong-service"
    ),
    pytest.param(
        "other", ("Notes", "Mrs Bell, class teacher"), ("Class teacher", "Mrs Bell", 1), id="role-any-fits-other"
    ),
    # views: the role is the family's or the child's; the name comes from a labelled row
    pytest.param(
        "parent_views",
        (("row", "Completed by", "Mrs Jane Whitfield"), FILLER),
        ("Parent or carer", "Mrs Jane Whitfield", 0),
        id="views-labelled",
    ),
    pytest.param("parent_views", (FILLER,), ("Parent or carer", None, None), id="views-unsigned"),
    # a letter's sign-off, below its closing
    pytest.param(
        "medical",
        (FILLER, "Yours sincerely,", "Dr Ifeoma Stanhope", "Consultant Community Paediatrician"),
        ("Consultant Community Paediatrician", "Dr Ifeoma Stanhope", 2),
        id="sign-off-below-the-closing",
    ),
    pytest.param(
        "social_care",
        (FILLER, "Kind regards,", "Demi Akinyemi", "Family Support Worker, Front Door Team"),
        ("Family Support Worker", "Demi Akinyemi", 2),
        id="sign-off-kind-regards",
    ),
    pytest.param(
        "medical",
        ("Dr Owen Castellan, Consultant Community Paediatrician", "Date: 17 January 2025", "Dear colleagues,", FILLER),
        ("Consultant Community Paediatrician", "Dr Owen Castellan", 0),
        id="letterhead-names-the-author",
    ),
    pytest.param(
        "medical",
        (FILLER, "Dr Miriam Osei-Bonsu, Consultant Paediatric Neurologist"),
        ("Consultant Paediatric Neurologist", "Dr Miriam Osei-Bonsu", 1),
        id="signature-any-medical-role",
    ),
    # an addressee is never the author
    pytest.param(
        "medical",
        ("20 January 2025", "Dr Alastair Marchant, GP", "Re: Zara Whitfield", "Dear Dr Marchant,", FILLER),
        ("Paediatrician", None, None),
        id="addressee-block-near-miss",
    ),
    pytest.param(
        "medical",
        ("To: Dr Farah Lowe, Consultant Paediatrician", FILLER),
        ("Paediatrician", None, None),
        id="addressee-to-line-near-miss",
    ),
    pytest.param(
        "psychological",
        ("Dear Dr Hale,", FILLER, "Dr Imogen Hale, Educational Psychologist"),
        ("Educational psychologist", None, None),
        id="addressee-greeted-near-miss",
    ),
    # labelled answers
    pytest.param(
        "educational",
        (("row", "Advice given by", "Mrs Ruth Okonjo, SENDCo"),),
        ("SENDCo", "Mrs Ruth Okonjo", 0),
        id="labelled-advice-given-by",
    ),
    pytest.param(
        "educational",
        ("Zara Whitfield, Year 1. Advice written by Mrs Eleanor Baptiste, SENCO, with Mr Hugo Ferris.", FILLER),
        ("SENCO", "Mrs Eleanor Baptiste", 0),
        id="labelled-written-by-in-a-sentence",
    ),
    pytest.param(
        "vision_impairment_teacher",
        (
            (
                "row",
                "Report written by",
                "Ann Reed, Qualified Teacher of Children and Young People with MSI (Mandatory Qualification) and "
                "Qualified Teacher of the Visually Impaired",
            ),
            FILLER,
        ),
        ("Qualified Teacher of Children and Young People with MSI (Mandatory Qualification)", "Ann Reed", 0),
        id="labelled-two-qualifications-joined",
    ),
    pytest.param(
        "speech_and_language",
        ("Therapist: Mr Owain Prothero", FILLER),
        ("Speech and language therapist", "Mr Owain Prothero", 0),
        id="labelled-by-a-role",
    ),
    pytest.param(
        "educational", (FILLER, "Mrs Ffion Pryce, ALNCo"), ("ALNCo", "Mrs Ffion Pryce", 1), id="signature-welsh-alnco"
    ),
    pytest.param(
        "other",
        (FILLER, "Kind regards,", "Tamsin Rowe", "HCPC Registered Dramatherapist"),
        ("HCPC Registered Dramatherapist", "Tamsin Rowe", 2),
        id="signature-compound-therapist",
    ),
    pytest.param(
        "other",
        (FILLER, "Kind regards,", "Tamsin Rowe", "Dramatherapy sessions run weekly"),
        (None, "Tamsin Rowe", 2),
        id="signature-near-miss-therapy-not-a-role",
    ),
    pytest.param(
        "psychological",
        (FILLER, "Mrs Bell is the class teacher and will review the plan."),
        ("Educational psychologist", None, None),
        id="signature-near-miss-a-sentence-about-someone",
    ),
    pytest.param(
        "educational",
        (FILLER, ("h", "Circulation"), "Mrs R. Okonjo, SENDCo"),
        ("SENCO", None, None),
        id="signature-near-miss-circulation-list",
    ),
]


@pytest.mark.parametrize(("advice_type", "blocks", "author"), AUTHORS)
def test_detect_author(
    advice_type: AdviceType, blocks: tuple[PassageBlock, ...], author: tuple[str | None, str | None, int | None]
) -> None:
    assert detect_author(_passages(*blocks), advice_type) == author


BODY = [FILLER] * 7  # enough paragraphs that nothing above them is in the signature block

DATES = [
    # a labelled date
    pytest.param(
        (("row", "Date of birth", "3 March 2016"), ("row", "Report date", "12 February 2025"), *BODY),
        ("2025-02-12", 1),
        id="labelled-row",
    ),
    pytest.param(
        (("row", "Date", "20 January 2025"), ("row", "Date", "12 February 2025"), *BODY),
        ("2025-02-12", 1),
        id="labelled-most-recent",
    ),
    # a letter's date line: short, near the top
    pytest.param(
        ("Westmere Hospitals NHS Trust", "20 January 2025", "Dear colleagues,", *BODY),
        ("2025-01-20", 1),
        id="letter-date-line",
    ),
    pytest.param(
        ("20 January 2025", ("row", "Report date", "12 February 2025"), *BODY),
        ("2025-02-12", 1),
        id="labelled-beats-date-line",
    ),
    pytest.param((*[FILLER] * 13, "20 January 2025", *BODY), (None, None), id="date-line-near-miss-not-near-the-top"),
    # the signature block: the last six passages
    pytest.param((*BODY, "Dr Imogen Hale, 12 February 2025"), ("2025-02-12", 7), id="signature-block"),
    pytest.param(
        ("On 3 March 2024 Zara read fifty words for the first time.", *BODY),
        (None, None),
        id="signature-near-miss-body-date",
    ),
    # a date of birth, or a date something else happened, is never the advice date
    pytest.param((("row", "Date of birth", "3 March 2016"), *BODY), (None, None), id="not-date-of-birth-row"),
    pytest.param(("DOB: 03/03/2016", *BODY), (None, None), id="not-dob-inline"),
    # a date something happened stands in only when no date of writing is given
    pytest.param(
        (("row", "Date assessed", "4 January 2025"), ("row", "Report date", "12 February 2025"), *BODY),
        ("2025-02-12", 1),
        id="not-assessment-date-beside-a-report-date",
    ),
    pytest.param(
        (("row", "Date assessed", "4 January 2025"), *BODY), ("2025-01-04", 0), id="assessment-date-when-nothing-else"
    ),
    pytest.param(("Next review: 12 February 2026", *BODY), (None, None), id="not-review-date"),
    # which label: the date it was written, not the date something happened
    pytest.param(
        ("Clinic date: 28 January 2025", "Date typed: 4 February 2025", *BODY),
        ("2025-02-04", 1),
        id="typed-beats-clinic-date",
    ),
    pytest.param(
        ("Date seen: 29 October 2024. Date of advice: 4 November 2024", *BODY),
        ("2024-11-04", 0),
        id="two-labels-in-one-line",
    ),
    pytest.param(
        ("Child: Zara Whitfield. Request received: 13/05/2025. Response: 15/05/2025.", *BODY),
        ("2025-05-15", 0),
        id="response-beats-request",
    ),
    pytest.param(("From: Laura Whitfield", "Sent: 03 February 2025 22:47", *BODY), ("2025-02-03", 1), id="email-sent"),
    pytest.param(
        ("From: Laura Whitfield", "Sent: 03 February 2025", *BODY, ("h", "Original message"), "Sent: 21 March 2025"),
        ("2025-02-03", 1),
        id="email-near-miss-quoted-original",
    ),
    pytest.param(("Completed by: Laura Whitfield (mum), 12 February 2025", *BODY), ("2025-02-12", 0), id="credit-line"),
    pytest.param(
        ("Exported by R Cowdrey (SENCo) 01/12/2025 15:42 - educational advice for the Council", *BODY),
        ("2025-12-01", 0),
        id="an-export-line",
    ),
    pytest.param(
        (*BODY, ("row", "Zara will write 3 sentences with a capital letter", "Writing moderation", "17/07/2026")),
        (None, None),
        id="near-miss-an-outcome-row-that-mentions-a-letter",
    ),
    pytest.param(
        (*BODY, ("row", "Date of letter", "17/07/2025")),
        ("2025-07-17", 7),
        id="a-row-labelled-as-the-letter-s-date",
    ),
    pytest.param(
        (*BODY, ("row", "Signed", "M. Lowe, Early Help Practitioner; checked by P. Sandhu, 18/06/2025")),
        ("2025-06-18", 7),
        id="signed-row",
    ),
    pytest.param(
        ("30 January 2024 To whom it may concern Re: Zara", *BODY), ("2024-01-30", 0), id="scanned-run-on-date-line"
    ),
    pytest.param(
        (*BODY, "She began therapy with a practitioner, which started on 9 January 2024."),
        (None, None),
        id="signature-near-miss-sentence-in-the-last-lines",
    ),
    # the child's details are never the advice date
    pytest.param(
        ("12 March 2025", "Re: Zara Whitfield, DOB 03/03/2016", *BODY), ("2025-03-12", 0), id="not-dob-in-re-line"
    ),
    pytest.param(("Re: Zara WHITFIELD, 03/03/2016", *BODY), (None, None), id="not-date-in-re-line"),
    pytest.param(
        (("row", "Date of birth", "3 March 2016"), "Zara Whitfield, 3 March 2016", *BODY),
        (None, None),
        id="not-a-date-equal-to-the-birth-date",
    ),
    pytest.param((("row", "Young person", "Zara Whitfield, 03/03/2016"), *BODY), (None, None), id="not-child-row"),
    # a plan's own date, not the date it will be reviewed
    pytest.param(
        (("row", "Date of this plan", "13/05/2026"), ("row", "Review date", "26/06/2026"), *BODY),
        ("2026-05-13", 0),
        id="a-plan-s-date-not-its-review-date",
    ),
    pytest.param((("row", "Review date", "26/06/2026"), *BODY), (None, None), id="near-miss-a-review-date-alone"),
    # a review record is dated when it was held, not when the court order it reviews was made
    pytest.param(
        (
            "Special guardian: Mr Desmond Birch   Order made: 12 September 2024",
            "Review held: 14 January 2026, at home   Present: Mr Birch, Joanne Pettifer (social worker)",
            *BODY,
        ),
        ("2026-01-14", 1),
        id="a-review-held-not-the-order-made",
    ),
    pytest.param(
        ("Special guardian: Mr Desmond Birch   Order made: 12 September 2024", *BODY),
        (None, None),
        id="near-miss-an-order-s-date-alone",
    ),
]


@pytest.mark.parametrize(("blocks", "found"), DATES)
def test_detect_date(blocks: tuple[PassageBlock, ...], found: tuple[str | None, int | None]) -> None:
    assert detect_date(_passages(*blocks)) == found


FORMATS = [
    pytest.param("3 March 2016", (date(2016, 3, 3), "3 March 2016", 0), id="day-month-year"),
    pytest.param("12/02/2025", (date(2025, 2, 12), "12/02/2025", 0), id="numeric-day-first"),
    pytest.param("12.02.25", (date(2025, 2, 12), "12.02.25", 0), id="numeric-two-digit-year"),
    pytest.param("2025-02-12", (date(2025, 2, 12), "2025-02-12", 0), id="iso"),
    pytest.param("31/02/2025 or 1/03/2025", (date(2025, 3, 1), "1/03/2025", 14), id="impossible-date-skipped"),
    pytest.param("March 2016", None, id="near-miss-no-day"),
    pytest.param("12 February", None, id="near-miss-no-year"),
    pytest.param("Room 12/3", None, id="near-miss-not-a-date"),
    pytest.param("March 12, 2025", (date(2025, 3, 12), "March 12, 2025", 0), id="month-first"),
    pytest.param("March 2025, 12 pupils", None, id="near-miss-month-first-no-day"),
]


@pytest.mark.parametrize(("text", "parsed"), FORMATS)
def test_parse_date(text: str, parsed: tuple[date, str, int] | None) -> None:
    assert parse_date(text) == parsed


LETTER_TOP = (
    "Westmere Child Development Centre, Fenwick Road, Westmere WM4 2PL",
    "Clinic date: 28 January 2025",
    "Date typed: 4 February 2025",
    "Dr Alastair Marchant",
    "Greenway Surgery",
    "Re: Zara Whitfield, DOB 03/03/2016",
    "Dear Dr Marchant,",
    FILLER,
)
EMAIL = (
    "From: Lauren Whitfield <lauren@mail.example>",
    "Sent: 03 February 2025 22:47",
    "To: SEND Assessment Team <send@westmere.example>",
    "Hi,",
    FILLER,
    "Thanks, Lauren (Zara's mum)",
    ("h", "Original message"),
    "From: SEND Assessment Team",
    "Sent: 21 January 2025 09:12",
    "Dear Ms Whitfield,",
    "We would like your views for the assessment.",
    "Kind regards,",
    "Jade Morrow, SEND Officer",
)
FORM = (
    "Westmere Council",
    ("h", "Request for advice: parents' views and rights"),
    ("row", "Setting", "Linden Vale Primary School, Orchard Rise"),
    ("row", "Date", "24 February 2025"),
)
Details = tuple[str, str | None, str | None, str | None, str | None]  # type, role, name, service, date

DETAILS = [
    # the type is decided by who completed a form, above words in its title
    pytest.param(
        "Advice request.docx",
        (*FORM, ("row", "Advice given by", "Mrs Harriet Oduya, SENCO"), FILLER),
        ("educational", "SENCO", "Mrs Harriet Oduya", "Linden Vale Primary School", "2025-02-24"),
        id="form-completed-by-the-school",
    ),
    pytest.param(
        "Advice request.docx",
        (*FORM, ("row", "Completed by", "Laura Whitfield (mum)"), FILLER),
        ("parent_views", "Mum", "Laura Whitfield", None, "2025-02-24"),
        id="form-near-miss-completed-by-a-parent",
    ),
    # a letter: signed below the closing, addressed to someone else
    pytest.param(
        "Clinic letter.pdf",
        (
            *LETTER_TOP,
            "Yours sincerely,",
            "Dr Ifeoma Stanhope",
            "Consultant Community Paediatrician",
            "cc: Mrs Whitfield",
        ),
        (
            "medical",
            "Consultant Community Paediatrician",
            "Dr Ifeoma Stanhope",
            "Westmere Child Development Centre",
            "2025-02-04",
        ),
        id="letter-signed",
    ),
    pytest.param(
        "Clinic letter.pdf",
        LETTER_TOP,
        ("medical", "Paediatrician", None, "Westmere Child Development Centre", "2025-02-04"),
        id="letter-near-miss-unsigned-addressee-is-not-the-author",
    ),
    pytest.param(
        "Neurology letter.pdf",
        (
            "Kingsmere Children's Hospital",
            "27 January 2025",
            "Dr R. Singh, GP, Quayside Surgery. cc: Mr S. Whitfield",
            "Re: Zara WHITFIELD, 03/03/2016",
            FILLER,
            "Dr Miriam Osei-Bonsu, Consultant Paediatric Neurologist",
        ),
        (
            "medical",
            "Consultant Paediatric Neurologist",
            "Dr Miriam Osei-Bonsu",
            "Kingsmere Children's Hospital",
            "2025-01-27",
        ),
        id="letter-address-block-without-salutation",
    ),
    pytest.param(
        "Physiotherapy letter.pdf",
        (
            "Westmere Children's Physiotherapy Service",
            FILLER,
            "Yours sincerely, Mrs Felicity Ogunleye",
            "Physiotherapist",
        ),
        (
            "physiotherapy",
            "Physiotherapist",
            "Mrs Felicity Ogunleye",
            "Westmere Children's Physiotherapy Service",
            None,
        ),
        id="letter-closing-and-name-on-one-line",
    ),
    pytest.param(
        "Audiology letter.pdf",
        (
            "12 March 2025",
            "Dear colleagues,",
            "I am writing as Zara's paediatric audiologist.",
            FILLER,
            "Regards,",
            "Anjali Rao",
        ),
        ("medical", "Paediatric audiologist", "Anjali Rao", None, "2025-03-12"),
        id="letter-role-said-in-the-first-person",
    ),
    # an email: the sender, the "Sent:" date, never the quoted original's
    pytest.param(
        "Parent views (email).docx",
        EMAIL,
        ("parent_views", "Parent or carer", "Lauren Whitfield", None, "2025-02-03"),
        id="email-from-and-sent",
    ),
    # labelled answers
    pytest.param(
        "Request for educational advice.docx",
        (FILLER, "Signed: F. Greenhalgh (SENCO). Head teacher: Mrs Janet Okonedo."),
        ("educational", "SENCO", "F. Greenhalgh", None, None),
        id="signed-beats-head-teacher",
    ),
    pytest.param(
        "Social care advice.docx",
        (FILLER, "Priya Kaye-Brennan, Social Worker. Countersigned: Mr Adebayo Lowe, Team Manager."),
        ("social_care", "Social Worker", "Priya Kaye-Brennan", None, None),
        id="countersigned-is-not-the-author",
    ),
    pytest.param(
        "College advice.docx",
        ("From: Mrs Gemma Ruddock, Learning Support Manager, Westmere College", "Date: 11 March 2025", FILLER),
        ("educational", "Learning Support Manager", "Mrs Gemma Ruddock", "Westmere College", "2025-03-11"),
        id="from-line-with-service",
    ),
    pytest.param(
        "OT and physio report.docx",
        (("row", "Authors", "Rachel Dunmore, Occupational Therapist; Tomasz Nowak, Physiotherapist"), FILLER),
        ("physiotherapy", "Physiotherapist", "Tomasz Nowak", None, None),
        id="two-authors-the-one-who-fits",
    ),
    pytest.param(
        "Parent views.docx",
        ("Name: Kerry Cole (mum). Child: Zara Cole. Date: 24/01/2025", FILLER),
        ("parent_views", "Mum", "Kerry Cole", None, "2025-01-24"),
        id="views-name-with-family-role",
    ),
    # a views letter's own "By ..." line names its writer and their relation to the child
    pytest.param(
        "Parent views.docx",
        ("Parent views", "By Abena Osei (mum)", FILLER),
        ("parent_views", "Mum", "Abena Osei", None, None),
        id="views-by-line",
    ),
    # an online form's question as a heading, the answer below it
    pytest.param(
        "Parent views.docx",
        (("h", "Q2. Your name and relationship to the child"), "Claire Halloran, mum", FILLER),
        ("parent_views", "Mum", "Claire Halloran", None, None),
        id="views-name-question-as-heading",
    ),
    pytest.param(
        "Parent views.docx",
        (("h", "Q3. What does your child enjoy?"), "Claire Halloran, mum, says he loves Lego.", FILLER),
        ("parent_views", "Parent or carer", None, None, None),
        id="views-near-miss-a-name-under-another-question",
    ),
    pytest.param(
        "Parent views.docx",
        ("Parent views", "Support by Mrs Jane Pell was helpful.", FILLER),
        ("parent_views", "Parent or carer", None, None, None),
        id="views-near-miss-by-inside-a-sentence",
    ),
    # an outcome's "By July 2027, ..." is a time frame, not a "By <name>" line
    pytest.param(
        "College advice.docx",
        (
            "Outcomes we would work towards",
            "By July 2027, Kai will carry out a basic bike service, signed off by his workshop tutor.",
            FILLER,
            "Yours faithfully,",
            "Gail Pemberton",
            "Additional Learning Support Manager",
        ),
        ("educational", "Additional Learning Support Manager", "Gail Pemberton", None, None),
        id="near-miss-by-a-month-is-a-time-frame",
    ),
    # nor is a paragraph's "By sessions 5 to 8 ...", whatever name its quotation gives
    pytest.param(
        "Therapy summary.docx",
        (
            "Therapy summary",
            'By sessions 5 to 8 we had found games she could play, and she said, "Do it again, Daddy."',
            FILLER,
            "Yours sincerely,",
            "Ngozi Hale",
            "Play Therapist",
        ),
        ("other", "Play Therapist", "Ngozi Hale", None, None),
        id="near-miss-by-sessions-is-a-time-frame",
    ),
    pytest.param(
        "Parent views.docx",
        (("row", "Name", "Zara Whitfield"), FILLER),
        ("parent_views", "Parent or carer", None, None, None),
        id="views-near-miss-the-childs-name",
    ),
    pytest.param(
        "Foster carers views.docx",
        (FILLER, "Yours faithfully,", "Jo Ellery and Mark Ellery (foster carers)"),
        ("parent_views", "Foster carer", "Jo Ellery and Mark Ellery", None, None),
        id="views-foster-carers-signed",
    ),
    pytest.param(
        "All about me.docx",
        ("Written by Mrs S Bell (teaching assistant) with Zara, in her words, 28 January 2025.", FILLER),
        ("child_views", "Child or young person", None, None, "2025-01-28"),
        id="views-the-scribe-is-not-the-author",
    ),
    # a family member says who they are
    pytest.param(
        "Letter.pdf",
        (
            "16 March 2026",
            "Dear Sir or Madam,",
            "I am Zara's grandmother. I have looked after her since she was eight.",
        ),
        ("parent_views", "Parent or carer", None, None, "2026-03-16"),
        id="carers-grandmother-says-so",
    ),
    pytest.param(
        "Letter.pdf",
        ("16 March 2026", "Dear Sir or Madam,", "I am writing about Zara's grandmother, who looks after her."),
        ("other", None, None, None, "2026-03-16"),
        id="carers-near-miss-someone-writing-about-a-grandmother",
    ),
    # the service the author writes from
    pytest.param(
        "EP advice.docx",
        (FILLER, "Dr A. Shah, Educational Psychologist, Westbrook Educational Psychology Service, 12 March 2025"),
        (
            "psychological",
            "Educational Psychologist",
            "Dr A. Shah",
            "Westbrook Educational Psychology Service",
            "2025-03-12",
        ),
        id="service-in-the-signature",
    ),
    pytest.param(
        "Physiotherapy advice.docx",
        ("Westmere NHS Trust", "Children's Therapy Service", ("row", "Physiotherapist", "Ms Aoife Keating"), FILLER),
        ("physiotherapy", "Physiotherapist", "Ms Aoife Keating", "Children's Therapy Service", None),
        id="service-rather-than-its-trust",
    ),
    pytest.param(
        "EP advice.pdf",
        ("12 March 2025", "SEND Assessment and Review Team, Westmere Council", "Dear colleagues,", FILLER),
        ("psychological", "Educational psychologist", None, None, "2025-03-12"),
        id="service-near-miss-the-addressees",
    ),
    pytest.param(
        "SALT advice.docx",
        (("h", "Speech and language therapy advice"), ("row", "Therapist", "Ms Priya Lakhani"), FILLER),
        ("speech_and_language", "Speech and language therapist", "Ms Priya Lakhani", None, None),
        id="service-near-miss-a-title",
    ),
    # a form's own details block: name, role and service in rows side by side
    pytest.param(
        "Professional advice form.docx",
        (
            ("row", "Name", "Dr A. Shah"),
            ("row", "Role", "Educational Psychologist"),
            ("row", "Service", "Westbrook Educational Psychology Service"),
            ("row", "Date of completion", "12 March 2025"),
            FILLER,
        ),
        (
            "psychological",
            "Educational Psychologist",
            "Dr A. Shah",
            "Westbrook Educational Psychology Service",
            "2025-03-12",
        ),
        id="details-block",
    ),
    pytest.param(
        "EP advice.docx",
        (("row", "Name", "Zara Whitfield"), ("row", "Date of birth", "3 March 2016"), FILLER),
        ("psychological", "Educational psychologist", None, None, None),
        id="details-block-near-miss-the-childs-name-row",
    ),
    pytest.param(
        "School advice.docx",
        (FILLER, ("row", "Print name", "Owen Price"), ("row", "Date signed", "5 February 2025")),
        ("educational", "SENCO", "Owen Price", None, "2025-02-05"),
        id="print-name-and-date-signed",
    ),
    pytest.param(
        "Social care support plan.docx",
        (
            ("row", "Social worker", "Ade Bello, Children with Disabilities Team"),
            ("row", "Plan date", "5 February 2026"),
            FILLER,
            ("row", "What it is for", "Support", "How much", "Who provides it", "Weekly cost"),
            (
                "row",
                "For Mr Hale to have a break from caring",
                "Overnight short breaks",
                "2 nights a month",
                "Larkspur House short breaks unit (Westmere Council)",
                "£210.00 (averaged)",
            ),
        ),
        ("social_care", "Social worker", "Ade Bello", "Children with Disabilities Team", "2026-02-05"),
        id="near-miss-from-inside-a-data-row-is-no-author-label",
    ),
]


@pytest.mark.parametrize(
    ("signed", "details"),
    [
        pytest.param(
            "Signed: Zara Okafor (pupil), Marcus Okafor (parent), Owen Price (SENCo)",
            ("educational", "SENCo", "Owen Price"),
            id="a-plan-signed-by-pupil-parent-and-senco-is-the-senco-s",
        ),
        pytest.param(
            "Signed: Marcus Okafor (parent) and Owen Price (SENCo)",
            ("educational", "SENCo", "Owen Price"),
            id="signed-by-a-parent-and-the-senco",
        ),
        pytest.param(
            "Signed: Marcus Okafor (parent)",
            ("parent_views", "Parent", "Marcus Okafor"),
            id="near-miss-signed-by-a-parent-alone",
        ),
    ],
)
def test_a_plan_signed_by_several_people_is_the_professional_s(signed: str, details: tuple[str, str, str]) -> None:
    """A school's support plan written "with Zara and her dad" and signed by all three: the family's
    signatures say they agreed it, not that they wrote it."""
    blocks = (
        "One Page Plan / My Support Plan",
        ("row", "Name", "Zara Okafor"),
        ("row", "Date of birth", "22/05/2013"),
        "How best to support me",
        "Ask me before you help me. Give me the lesson slides so I can listen instead of copying.",
        signed,
    )
    found = describe("My Support Plan - Zara Okafor.docx", _passages(*blocks))
    assert (found.advice_type, found.author_role, found.author_name) == details


@pytest.mark.parametrize(("filename", "blocks", "details"), DETAILS)
def test_describe(filename: str, blocks: tuple[PassageBlock, ...], details: Details) -> None:
    found = describe(filename, _passages(*blocks))
    assert (found.advice_type, found.author_role, found.author_name, found.author_service, found.date) == details


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        # a scan joins two letterhead lines: a bracket followed by a capital starts the next part
        (
            "Child and Adolescent Mental Health Service (CAMHS) The Orchard Centre, Kingsmere",
            ["Child and Adolescent Mental Health Service (CAMHS)", "The Orchard Centre", "Kingsmere"],
        ),
        # near miss: a bracket inside a part, followed by lower case, keeps the part whole
        ("Dr A. Shah (HCPC PYL123) educational psychologist", ["Dr A. Shah (HCPC PYL123) educational psychologist"]),
    ],
)
def test_segments_of_a_line(line: str, parts: list[str]) -> None:
    assert segments(line) == parts


@pytest.mark.parametrize(
    ("role", "advice_type"),
    [
        ("YJS Health Practitioner (RMN)", "medical"),
        ("Paediatric Bladder and Bowel Nurse", "medical"),
        ("YJS case manager", None),
        ("Youth Justice social worker", "social_care"),
        ("Practitioner, Early Help", "social_care"),
        ("Children's Community Nursing Team Lead", "medical"),
        # near miss: a nursery is not a nurse
        ("Nursery Manager and SENCo", "educational"),
        # a college's Additional Learning Support coordinator; near miss: a falls nurse is no ALS
        ("ALS Coordinator", "educational"),
        ("Falls prevention nurse", "medical"),
        # a council sensory team's rehabilitation officer is social care; near miss: a teacher of the visually impaired
        ("Rehabilitation Officer (Visual Impairment)", "social_care"),
        ("Qualified Teacher of Visual Impairment", "vision_impairment_teacher"),
        # a school's own practitioners; near miss: a charity's mentor says no type
        ("Licensed Thrive Practitioner", "educational"),
        ("ELSA (Emotional Literacy Support Assistant)", "educational"),
        ("Learning mentor", "educational"),
        ("Mentor, Westmere Youth Trust", None),
        # a young carers' assessor; near misses: a foster carer, a parent carer
        ("Young Carers Support Worker", "social_care"),
        ("Foster carer", "parent_views"),
        ("Parent carer", "parent_views"),
        # the council's worker supporting a special guardian or kinship carer; near miss: the guardian
        ("Special Guardianship Support Worker", "social_care"),
        ("Family Time Worker", "social_care"),
        ("Special guardian", "parent_views"),
        # a council's worker for a resettled refugee family; near miss: the family's own carer
        ("Resettlement Caseworker", "social_care"),
        # a Welsh school's additional learning needs co-ordinator
        ("ALNCo", "educational"),
        ("Refugee Support Worker", "social_care"),
        # a dietitian is a health professional; a club's coach or leader writes no statutory advice (near misses: a
        # job coach and a head of year)
        ("Paediatric Dietitian", "medical"),
        # a GP practice's social prescriber is the NHS's (near miss: a social worker)
        ("Social Prescribing Link Worker", "medical"),
        ("Social Worker, Disabled Children's Team", "social_care"),
        ("Group Coach (UKCC Level 2, RDA Coach)", "other"),
        ("Scout Leader", "other"),
        ("Job coach", "preparing_for_adulthood"),
        ("Head of Year 9", "educational"),
    ],
)
def test_the_advice_a_role_writes(role: str, advice_type: str | None) -> None:
    assert role_type(role) == advice_type


HOME_SCHOOL_BOOK = (
    "Tues 9 Sept - Mrs H: Elowen did her exercises with me at 12.05.",
    "Tues 23 Sept - Dad: Dad here (home for two weeks). Please can that stop.",
    "Tues 14 Oct - Mum: Meltdown after school again, she screamed for an hour.",
)


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        # the book's dated entries name who wrote each entry, not the document's author
        pytest.param("Sent by Mr Owain Pritchard, SENCo, as part of the school's advice.", "SENCo", id="sent-by"),
        pytest.param("Elowen's home-school book (extracts)", None, id="near-miss-entries-only"),
    ],
)
def test_a_dated_entry_s_writer_is_not_the_author(opening: str, role: str | None) -> None:
    found = authorship.candidates(_passages(opening, *HOME_SCHOOL_BOOK))
    assert authorship.lead_role(found) == role


@pytest.mark.parametrize(
    ("line", "role"),
    [
        pytest.param("23rd Sept - Mrs H, class teacher: Elowen did her exercises with me.", None, id="day-month"),
        pytest.param("10/11 - Mrs H, class teacher: Elowen did her exercises with me.", None, id="day/month"),
        # near miss: a numbered form label is not a date, so its answer names the author
        pytest.param("1 Completed by: Mrs H Lowe, class teacher", "Class teacher", id="near-miss-numbered-label"),
    ],
)
def test_a_label_that_is_only_a_date_names_no_author(line: str, role: str | None) -> None:
    found = authorship.candidates(_passages("Elowen's record", line))
    assert authorship.lead_role(found) == role


@pytest.mark.parametrize(
    ("details", "role"),
    [
        # a details block names the child's family and the professional who wrote the plan: the professional
        pytest.param(
            ("Adoptive parents: Mr Daniel Hartley and Mr Simon Cole", "Social worker: Sadia Rahman"),
            "Social worker",
            id="family-details-beside-the-professional",
        ),
        # near miss: with no professional named, the family's label still names who wrote it
        pytest.param(("Parents: Mr Daniel Hartley and Mr Simon Cole",), "Parents", id="near-miss-family-only"),
    ],
)
def test_a_family_label_in_a_details_block_is_not_the_author(details: tuple[str, ...], role: str) -> None:
    found = authorship.candidates(_passages("Adoption Support Plan", *details))
    assert authorship.lead_role(found) == role


def test_a_parent_s_first_person_title_over_notes_about_the_child_is_not_the_child_s_own() -> None:
    notes = passages(
        ("h", "My thoughts for the meeting"),
        ("h", "MON 3 - college"),
        "She gets so tired and I worry about her at college.",
        "I think she needs a rest day in the week.",
        "She says the bus is too long.",
    )
    assert detect_type("notes.txt", notes) != "child_views"


@pytest.mark.parametrize(
    ("body", "advice_type"),
    [
        # a tutor's record of the pupil's survey, written of her and signed by him: his advice, her answers quoted in it
        pytest.param(
            (
                "Roz understood most of what we did, but she had enough time to finish in only 39% of sessions.",
                "Roz finds it hard to ask for help when she is stuck.",
                'Week 7: "when its quiet and nobody can see my screen"',
                ("h", "My recommendations"),
                "Roz should have 25% extra time for all written tasks and tests.",
            ),
            "educational",
            id="a-professional-s-record-of-pupil-voice",
        ),
        # near miss: the pupil's own words, typed up by the tutor, stay her views
        pytest.param(
            (
                "I like it when it is quiet and nobody can see my screen.",
                "I find writing hard because my hand cannot keep up with my brain.",
                "I want to be a wildlife photographer.",
            ),
            "child_views",
            id="near-miss-her-own-words",
        ),
        # near miss: her views written of her and signed by the tutor, with no recommendations of his own
        pytest.param(
            (
                "Roz told me she likes it when it is quiet and nobody can see her screen.",
                'Week 7: "when its quiet and nobody can see my screen"',
            ),
            "child_views",
            id="near-miss-views-written-down-without-advice",
        ),
    ],
)
def test_pupil_voice_signed_by_a_professional(body: tuple[PassageBlock, ...], advice_type: AdviceType) -> None:
    blocks = ("Pupil voice survey: results", "Tutor: Idris Lawal (English)", *body, "Idris Lawal, QTS, Tutor")
    assert describe("Pupil voice survey - Roz M.docx", _passages(*blocks)).advice_type == advice_type


RESETTLED_FAMILY = (
    "Dear colleagues,",
    "I visited the family at home with an interpreter and asked Mrs Rahimi what she would like you to know about Zoya.",
    "Mrs Rahimi is on her own with three children most of the day and told me she cries most days.",
    '"I want her to read and write English, and to be a teacher. I want her to be safe and not afraid."',
)


@pytest.mark.parametrize(
    ("signed", "advice_type"),
    [
        # a council caseworker who supports a resettled family writes its social care advice, quoting the mother
        (("Yours faithfully,", "Nadia Karim", "Resettlement Caseworker, Refugee Resettlement Team"), "social_care"),
        # near miss: the mother's own letter, signed by her
        (("Yours faithfully,", "Fariba Rahimi (Zoya's mum)"), "parent_views"),
    ],
)
def test_a_caseworker_quoting_a_parent_writes_the_advice(signed: tuple[str, ...], advice_type: AdviceType) -> None:
    found = describe("Letter - Rahimi family.docx", _passages(*RESETTLED_FAMILY, *signed))
    assert found.advice_type == advice_type


@pytest.mark.parametrize(
    ("blocks", "advice_type"),
    [
        # a Welsh school's plan, with a one-page profile in the child's words in it
        (
            (
                "Individual Development Plan (IDP)",
                "School: Bryn Hebog Primary School   ALNCo: Mrs Carys Bowen-Evans",
                "Section 1: One-page profile",
                "I am kind and I look after the little ones in the yard.",
                "Section 2: Description of additional learning needs",
                "She follows an instruction of two key words if it is given with a picture.",
                "Section 3: Additional learning provision (ALP)",
                "Small group language work with the EMAS teacher, 30 minutes twice a week.",
            ),
            "educational",
        ),
        # near miss: a mother's letter that mentions the plan her daughter had in Wales
        (
            (
                "Dear Sir or Madam,",
                "My daughter had an IDP in Wales and I want her to have the same help here.",
                "She gets upset when the fire bell rings and I want her to feel safe.",
                "From Fariba (Nilo's mum)",
            ),
            "parent_views",
        ),
    ],
)
def test_a_welsh_individual_development_plan_is_the_school_s(blocks: tuple[str, ...], advice_type: AdviceType) -> None:
    assert detect_type("Plan.docx", _passages(*blocks)) == advice_type


@pytest.mark.parametrize(
    ("author_role", "advice_type"),
    [
        # a writer whose role is no advice type, with the GP named once in passing: advice of its own kind
        pytest.param("Play and Sandtray Therapist", "other", id="a-sandtray-therapist-who-mentions-the-gp"),
        # near miss: a doctor's letter that names the GP once is the medical advice
        pytest.param("Consultant paediatrician", "medical", id="near-miss-a-paediatrician-who-mentions-the-gp"),
    ],
)
def test_one_word_in_passing_does_not_type_a_named_writer_s_advice(author_role: str, advice_type: AdviceType) -> None:
    blocks = (
        "End of block report",
        *[FILLER] * 12,
        "Ollie built a world with trains and a tunnel; I have written to his GP about his sleep.",
    )
    assert detect_type("End of block report.docx", _passages(*blocks), author_role) == advice_type


@pytest.mark.parametrize(
    ("writer", "details"),
    [
        # a childminder's diary: salt in the playdough is no speech and language therapist, and the childminder is
        # its writer
        pytest.param(
            "From: Bev Tolland, Registered Childminder (Ofsted registered since 2011)",
            ("other", "Registered Childminder"),
            id="salt-in-the-playdough",
        ),
        # near miss: a speech and language therapist, abbreviated in capitals, writes
        pytest.param(
            "From: Bev Tolland, SALT", ("speech_and_language", "Speech and language therapist"), id="near-miss"
        ),
    ],
)
def test_a_diary_with_salt_in_it(writer: str, details: tuple[str, str]) -> None:
    blocks = (
        "Laleh's diary pages, for her assessment",
        writer,
        "I have typed up some of my diary pages from May and June.",
        "Food: half a banana, 3 rice cakes, milk from her cup with the lid.",
        "She also ate a bit of playdough (my homemade one, it's only flour and salt, but still).",
    )
    found = describe("Diary pages - Laleh N - June 2026.docx", _passages(*blocks))
    assert (found.advice_type, found.author_role) == details
