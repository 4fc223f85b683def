"""« Rendez-vous »: the business meetings of the Rencontres (programme, requests, plan, the slot under way)."""
