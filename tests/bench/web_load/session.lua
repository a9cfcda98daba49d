-- wrk script: every request carries the session cookie of a signed-in user (CAMTRACK_COOKIE, e.g.
-- "camtrack_session=..."), so the benchmark measures authenticated API and page requests.
wrk.headers["Cookie"] = os.getenv("CAMTRACK_COOKIE")
wrk.headers["Accept"] = "application/json, text/html"
