using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Orders.Application.Common;
using Orders.Infrastructure.Outbox;

namespace Orders.UnitTests.Docs;

/// <summary>docs/configuration.md cannot rot: every key an options class binds is listed there, and every key listed
/// there is read by the code.</summary>
public partial class ConfigurationDocTests
{
    /// <summary>Keys read without an options class of Application or Infrastructure: plain <c>GetValue</c> and
    /// <c>GetConnectionString</c> reads, WebApi's own <c>AuthOptions</c> (the unit tests do not reference the web host,
    /// so its keys are listed by hand), and keys ASP.NET Core or Serilog read themselves. Each names where it is read;
    /// when one goes from the code, take it out here and from the doc.</summary>
    private static readonly string[] PlainKeys =
    [
        "ConnectionStrings:Orders",                         // Infrastructure/DependencyInjection.cs, GetConnectionString
        "Database:BusyTimeoutSeconds",                      // Infrastructure/DependencyInjection.cs, GetValue
        "Database:SeedDemoData",                            // WebApi/Program.cs, GetValue
        "OpenApi:Enabled",                                  // WebApi/Program.cs, GetValue
        "RateLimiting:PermitsPerMinute",                    // WebApi/Http/RateLimitingSetup.cs, GetValue
        "ForwardedHeaders:KnownProxies",                    // WebApi/Http/ForwardedHeadersSetup.cs, GetSection
        "Authentication:RoleClaim",                         // WebApi/Http/AuthOptions.cs
        "Authentication:AuthorizedParties",                 // WebApi/Http/AuthOptions.cs
        "Authentication:Schemes:Bearer:Authority",          // ASP.NET Core's JwtBearer, from here down to SigningKeys
        "Authentication:Schemes:Bearer:MetadataAddress",
        "Authentication:Schemes:Bearer:RequireHttpsMetadata",
        "Authentication:Schemes:Bearer:ValidIssuer",
        "Authentication:Schemes:Bearer:ValidIssuers",
        "Authentication:Schemes:Bearer:ValidAudience",
        "Authentication:Schemes:Bearer:ValidAudiences",
        "Authentication:Schemes:Bearer:SigningKeys",
        "Urls",                                             // ASP.NET Core's host
        "AllowedHosts",                                     // ASP.NET Core's host filtering
        "Serilog:MinimumLevel:Default",                     // Serilog.Settings.Configuration (WebApi/Http/LoggingSetup.cs)
        "Serilog:MinimumLevel:Override:<namespace>",
        "OTEL_EXPORTER_OTLP_ENDPOINT",                      // OpenTelemetry's variables (Infrastructure/Telemetry/TelemetrySetup.cs)
        "OTEL_SERVICE_NAME",
    ];

    private static readonly Lazy<IReadOnlyList<string>> DocKeys = new(ReadDocKeys);

    [Fact]
    public void OptionsClasses_AreFound()
    {
        var types = OptionsTypes().Select(t => t.Type.Name).ToList();
        types.ShouldContain(nameof(ShopOptions));
        types.ShouldContain(nameof(OutboxOptions));
    }

    [Fact]
    public void EveryOptionsProperty_IsInTheDoc()
    {
        var missing = OptionsKeys()
            .Where(key => !DocKeys.Value.Any(doc => doc == key.Key || doc.StartsWith(key.Key + ":", StringComparison.Ordinal)))
            .Select(key => key.Key)
            .ToList();

        missing.ShouldBeEmpty("docs/configuration.md lacks these keys; add a row for each, with its default and meaning");
    }

    [Fact]
    public void EveryKeyInTheDoc_IsReadByTheCode()
    {
        var known = OptionsKeys().ToList();
        var unknown = DocKeys.Value.Where(doc => !PlainKeys.Contains(doc) && !known.Any(key => Matches(doc, key))).ToList();

        unknown.ShouldBeEmpty("docs/configuration.md lists keys no options class or known plain read has");
    }

    [Fact]
    public void TheDoc_ListsEachKeyOnce()
    {
        DocKeys.Value.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    // A collection property is configured below its key: Shop:ShippingCosts:Standard, Invoice:SellerAddress:0.
    private static bool Matches(string docKey, OptionsKey key) =>
        docKey == key.Key
        || (key.IsCollection && docKey.StartsWith(key.Key + ":", StringComparison.Ordinal) && docKey.Count(c => c == ':') == key.Key.Count(c => c == ':') + 1);

    private static IEnumerable<OptionsKey> OptionsKeys() =>
        from options in OptionsTypes()
        from property in options.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where IsBindable(property)
        select new OptionsKey($"{options.Section}:{property.Name}", IsCollection(property.PropertyType));

    /// <summary>The options classes of Application and Infrastructure: each names its configuration section in a
    /// <c>Section</c> constant, which is what DependencyInjection binds it from.</summary>
    private static IEnumerable<(Type Type, string Section)> OptionsTypes() =>
        from assembly in new[] { typeof(ShopOptions).Assembly, typeof(OutboxOptions).Assembly }
        from type in assembly.GetTypes()
        where type.IsClass && type.Name.EndsWith("Options", StringComparison.Ordinal)
        let section = type.GetField("Section", BindingFlags.Public | BindingFlags.Static)
        where section is { IsLiteral: true } && section.FieldType == typeof(string)
        select (type, (string)section.GetRawConstantValue()!);

    // What the configuration binder fills: a public setter (init included), or a collection it can add to.
    private static bool IsBindable(PropertyInfo property) =>
        property.GetIndexParameters().Length == 0
        && (property.SetMethod is { IsPublic: true } || (property.CanRead && IsCollection(property.PropertyType)));

    private static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static List<string> ReadDocKeys()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "configuration.md"));
        return [.. KeyRow().Matches(text).Select(m => m.Groups["key"].Value)];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Orders.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Orders.sln above {AppContext.BaseDirectory}.");
    }

    // A table row whose first cell is one key in backticks: | `Outbox:MaxAttempts` | 8 | ... |
    [GeneratedRegex(@"^\|\s*`(?<key>[^`]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex KeyRow();

    private sealed record OptionsKey(string Key, bool IsCollection);
}
