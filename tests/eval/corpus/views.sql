-- tests/eval/corpus/views.sql: the analysis' views, materialised once
-- (they are computed when read, some at a cost worth timing apart) into
-- eval_* tables of the throwaway database run.sh made.
.bail on
DROP TABLE IF EXISTS eval_article_reuse;
CREATE TABLE eval_article_reuse AS SELECT * FROM article_reuse;
DROP TABLE IF EXISTS eval_reuse_links;
CREATE TABLE eval_reuse_links AS SELECT * FROM reuse_links;
DROP TABLE IF EXISTS eval_discrepancies;
CREATE TABLE eval_discrepancies AS SELECT * FROM discrepancies;
