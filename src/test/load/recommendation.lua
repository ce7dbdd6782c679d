-- wrk script: POST a full answer set to the recommendations API.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"answers": {"integration": "structurer", "partners": ["associations", "public"], "member_count": 2, ' ..
  '"legal_entity": "oui", "purpose": ["formation", "equipement"], "surplus": "reinvestis", ' ..
  '"duration": "indeterminee", "governance": "une_voix", "readiness": {"besoins": "oui", "valeurs": "non"}}}'
