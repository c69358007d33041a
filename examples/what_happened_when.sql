-- What happened when?  sqlite3 build/demo.db < examples/what_happened_when.sql
.load ./newswire
.mode box --wrap 70
SELECT date, text, source, sentence FROM timeline ORDER BY date;
