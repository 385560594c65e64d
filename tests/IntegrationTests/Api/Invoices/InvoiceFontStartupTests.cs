using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Invoices;

public sealed class InvoiceFontStartupTests
{
    [Fact]
    public void Start_WhenFontDirectoryLacksDejaVu_RefusesToStartNamingThePackageAndTheKey()
    {
        using var factory = new WithoutFonts();

        var error = Should.Throw<Exception>(() => factory.CreateClient());

        var messages = string.Join("\n", Chain(error).Select(e => e.Message));
        messages.ShouldContain("fonts-dejavu-core");
        messages.ShouldContain("Invoice:FontDirectory");
        messages.ShouldContain(WithoutFonts.Directory);
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException) yield return error;
    }

    private sealed class WithoutFonts : OrdersApiFactory
    {
        public static readonly string Directory = Path.Combine(Path.GetTempPath(), $"orders-no-fonts-{Guid.NewGuid():N}");

        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { ["Invoice:FontDirectory"] = Directory };
    }
}
