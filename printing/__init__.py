"""ReportLab documents: badges, feuilles d'émargement, attestations, programme. Never imports Qt."""
