using SQLitePCL;

namespace Orders.Infrastructure.Persistence;

/// <summary>SQLite's built-in <c>lower()</c> folds only ASCII letters, so a search for "ñandú" would miss "Ñandú".
/// Every connection gets a <c>lower()</c> that folds all of Unicode (invariant culture), as PostgreSQL's does.
/// Registered on the native handle (see <see cref="SqliteConnectionSetup"/>), so it stays for the handle's life.</summary>
internal static class SqliteUnicodeLower
{
    public static void Register(sqlite3 handle) =>
        raw.sqlite3_create_function(handle, "lower", 1, raw.SQLITE_UTF8 | raw.SQLITE_DETERMINISTIC, null, (context, _, args) =>
        {
            if (raw.sqlite3_value_type(args[0]) == raw.SQLITE_NULL) raw.sqlite3_result_null(context);
            else raw.sqlite3_result_text(context, raw.sqlite3_value_text(args[0]).utf8_to_string().ToLowerInvariant());
        });
}
