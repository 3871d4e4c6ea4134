"""Doktor365, the clinics' patient-management system: contract, client, case sync."""
