"""What keeps the children's data safe: accounts, the audit chain, backups, the data lifecycle,
and the offline guard with its report."""
