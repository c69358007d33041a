-- newswire: claims across a corpus, and how their wording drifts.
--
--   sqlite3 news.db -cmd '.load ./newswire' < sql/claims.sql
--   SELECT * FROM claim_variants;
--
-- The claim table, the links between claims that say the same in
-- different articles (claim_link) and the claim_variants view are part
-- of the corpus analysis; this script runs it (incremental: only new and
-- changed articles are read).
.read sql/analyze.sql
