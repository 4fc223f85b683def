"""The atelier d'échanges: the capture page « Échanges », the wall for the projector, follow-up, the network."""
