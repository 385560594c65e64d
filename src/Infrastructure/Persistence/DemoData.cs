using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Common;
using Orders.Domain.Discounts;
using Orders.Domain.Products;

namespace Orders.Infrastructure.Persistence;

/// <summary>A small catalog and the discount code WELCOME10, for trying the API on an empty database.</summary>
internal static class DemoData
{
    private static readonly (string Name, string Description, long Price, int Stock)[] Catalog =
    [
        ("Laptop Pro 14", "14-inch laptop, 16 GB RAM, 1 TB SSD", 129999, 25),
        ("Wireless Mouse", "Silent clicks, USB-C receiver", 2999, 200),
        ("Mechanical Keyboard", "Hot-swappable switches, ISO layout", 8950, 80),
        ("USB-C Hub", "7 ports, 100 W pass-through", 4500, 120),
        ("Noise-Cancelling Headphones", "Over-ear, 30 h battery", 19900, 40),
    ];

    public static async Task<bool> SeedIfEmptyAsync(OrdersDbContext db, IServiceProvider services, CancellationToken ct)
    {
        if (await db.Products.AnyAsync(ct)) return false;
        var ids = services.GetRequiredService<IIdGenerator>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        foreach (var (name, description, price, stock) in Catalog)
            db.Products.Add(Product.Create(ids.NewId(), name, description, price, stock, [], active: true, now).Value);
        if (!await db.Discounts.AnyAsync(ct))
            db.Discounts.Add(Discount.Create("WELCOME10", 10m, null, null, null, null, active: true, now).Value);

        await db.SaveChangesAsync(ct);
        return true;
    }
}
