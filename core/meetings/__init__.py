"""Business meetings at the Rencontres: requests, the plan (OR-Tools CP-SAT), re-planning no-shows at the desk."""
