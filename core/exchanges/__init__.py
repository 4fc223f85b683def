"""The atelier d'échanges (interconnaissance): capture of needs and offers, the wall, suggestions, follow-up,
report figures, the network graph. Models: core.models.exchanges; vocabulary: core.categories."""
