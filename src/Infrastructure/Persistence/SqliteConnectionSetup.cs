using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Orders.Infrastructure.Persistence;

/// <summary>Prepares each native SQLite connection once, the first time the pool hands it out: the durability pragma
/// (<see cref="SqliteDurability"/>) and the Unicode <c>lower()</c> (<see cref="SqliteUnicodeLower"/>). Both stay with the
/// handle, and EF opens a pooled connection for every query, so doing them on each open would cost a statement a query.</summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<sqlite3, object> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Prepare(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Prepare(connection);
        return Task.CompletedTask;
    }

    private static void Prepare(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || !Prepared.TryAdd(handle, Prepared)) return;
        SqliteDurability.Apply(sqlite);
        SqliteUnicodeLower.Register(handle);
    }
}
