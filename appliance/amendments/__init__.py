"""Annual reviews: the current plan and the review evidence become a proposed amended plan."""
