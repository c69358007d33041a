.load ./newswire
.headers on
.mode list
.nullvalue NULL
SELECT newswire_version() LIKE 'newswire 0.1.0 (SQLite ' || sqlite_version() || ', PCRE2 10.%, ICU %' AS version_ok;
SELECT newswire_debug() LIKE 'version=0.1.0%stemmer=snowball-english' AS debug_ok;
-- loading twice into one connection is harmless
.load ./newswire
SELECT normalize('X') AS after_reload;
-- every function is registered with the right flags
SELECT name, narg, flags & 0x800 > 0 AS deterministic, flags & 0x200000 > 0 AS innocuous
FROM pragma_function_list WHERE name IN ('newswire_version','newswire_debug','normalize')
ORDER BY name;
SELECT name FROM pragma_module_list WHERE name IN ('sentences','passages','tokens') ORDER BY name;
SELECT newswire_version(1);
