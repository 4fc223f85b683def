"""Exports for organisers and funders: CSV (UTF-8 with BOM, `;`) and XLSX, never a cell that starts a formula."""
