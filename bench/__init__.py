"""`make bench`: how fast the appliance drafts on this machine, side by side with bare llama.cpp."""
