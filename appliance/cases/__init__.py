"""Cases: opening a case, adding advice, drafting, the case list, the draft queue, and the one
status machine a case moves through."""
