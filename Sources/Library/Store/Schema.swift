import GRDB

/// The library's schema, as GRDB migrations. Migration names are stable: a migration, once
/// released, is never edited; changes come as new migrations.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-records-lookups-search") { db in
            // Small columns first: SQLite reads a row's columns in order, so identifying a stored
            // record (id, revision, digest) never walks the overflow pages of its JSON.
            // `number` is the rowid the search index refers to; an explicit INTEGER PRIMARY KEY keeps
            // it stable through VACUUM, which may renumber implicit rowids.
            try db.execute(sql: """
                CREATE TABLE record (
                    number INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    pmid TEXT,
                    doi TEXT,
                    pmcid TEXT,
                    revised TEXT,
                    digest INTEGER NOT NULL,
                    year INTEGER,
                    sourceKind TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    fetchedAt REAL NOT NULL,
                    item BLOB NOT NULL,
                    metadata BLOB NOT NULL,
                    raw BLOB,
                    title TEXT NOT NULL,
                    abstract TEXT NOT NULL,
                    keywords TEXT NOT NULL,
                    mesh TEXT NOT NULL,
                    authors TEXT NOT NULL
                );
                CREATE INDEX record_pmid ON record(pmid);
                CREATE INDEX record_doi ON record(doi, pmid);
                CREATE INDEX record_pmcid ON record(pmcid, pmid, doi);

                CREATE TABLE lookup (
                    key TEXT PRIMARY KEY NOT NULL,
                    answer TEXT,
                    storedAt REAL NOT NULL
                );

                CREATE VIRTUAL TABLE record_search USING fts5(
                    title, abstract, keywords, mesh, authors,
                    content='record', content_rowid='number',
                    tokenize='porter unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER record_search_insert AFTER INSERT ON record BEGIN
                    INSERT INTO record_search(rowid, title, abstract, keywords, mesh, authors)
                    VALUES (new.number, new.title, new.abstract, new.keywords, new.mesh, new.authors);
                END;
                CREATE TRIGGER record_search_delete AFTER DELETE ON record BEGIN
                    INSERT INTO record_search(record_search, rowid, title, abstract, keywords, mesh, authors)
                    VALUES ('delete', old.number, old.title, old.abstract, old.keywords, old.mesh, old.authors);
                END;
                CREATE TRIGGER record_search_update AFTER UPDATE ON record BEGIN
                    INSERT INTO record_search(record_search, rowid, title, abstract, keywords, mesh, authors)
                    VALUES ('delete', old.number, old.title, old.abstract, old.keywords, old.mesh, old.authors);
                    INSERT INTO record_search(rowid, title, abstract, keywords, mesh, authors)
                    VALUES (new.number, new.title, new.abstract, new.keywords, new.mesh, new.authors);
                END;
                """)
        }
        migrator.registerMigration("v2-merged-sources-title-key") { db in
            // `sources`: the records a row was merged from (JSON array of MergedSource), NULL for a
            // row of one source. `titleKey`: the folded title's first letters, indexed with the PMID
            // so that an import finds rows of the same work that lack a PMID in one index range.
            try db.execute(sql: """
                ALTER TABLE record ADD COLUMN sources BLOB;
                ALTER TABLE record ADD COLUMN titleKey TEXT;
                CREATE INDEX record_titlekey ON record(titleKey, pmid);
                """)
            let rows = try Row.fetchAll(db, sql: "SELECT number, title FROM record")
            for row in rows {
                let title: String = row["title"]
                try db.execute(
                    sql: "UPDATE record SET titleKey = ? WHERE number = ?",
                    arguments: [EncodedRecord.titleKey(WorkText.words(title)), row["number"] as Int64])
            }
        }
        return migrator
    }

    /// The bm25 weights of the search columns (title, abstract, keywords, mesh, authors): a word
    /// in the title says more about a record than the same word in its abstract.
    static let rankExpression = "bm25(record_search, 10.0, 1.0, 4.0, 4.0, 2.0)"
}
