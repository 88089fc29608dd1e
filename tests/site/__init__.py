"""A fictional official site (the Republic of Veloria) served on loopback for the crawler tests."""
