"""Events: claims reconciled into events, syndication dedup, and exports."""
