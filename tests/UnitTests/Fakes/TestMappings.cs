using Mapster;
using Orders.Application.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>The service's own Mapster configuration, for handler tests.</summary>
public static class TestMappings
{
    public static readonly TypeAdapterConfig Config = Mappings.Create(new ShopOptions());
}
