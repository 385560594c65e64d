using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>The email API with <c>Email:TemplatesPath</c> pointing at a temporary directory of the shop's own templates:
/// by default an English confirmation subject and text; or the files given.</summary>
public sealed class EmailTemplatesApiFactory : OrdersApiFactory
{
    public const string Subject = "Thanks for order {{ order.orderNumber }} at {{ shop.name }}!";

    public const string Text = """
        Dear {{ order.shippingAddress.fullName }}, our own words this time.
        {% for item in order.items %}* {{ item.quantity }} × {{ item.productName }}
        {% endfor %}To pay: {{ order.total | money }}
        """;

    public EmailTemplatesApiFactory()
        : this(new Dictionary<string, string>
        {
            ["en/order_placed.subject.liquid"] = Subject,
            ["en/order_placed.text.liquid"] = Text,
        })
    {
    }

    private EmailTemplatesApiFactory(IReadOnlyDictionary<string, string> files)
        : this(Write(files))
    {
    }

    private EmailTemplatesApiFactory(string templatesPath)
        : base(ApiHostOptions.Email.With("Email:TemplatesPath", templatesPath)) => TemplatesPath = templatesPath;

    public string TemplatesPath { get; }

    /// <summary>A factory whose template directory holds exactly <paramref name="files"/> (relative path → content).</summary>
    public static EmailTemplatesApiFactory With(IReadOnlyDictionary<string, string> files) => new(files);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(TemplatesPath)) Directory.Delete(TemplatesPath, recursive: true);
    }

    private static string Write(IReadOnlyDictionary<string, string> files)
    {
        var directory = Directory.CreateTempSubdirectory("orders-templates-").FullName;
        foreach (var (file, content) in files)
        {
            var path = Path.Combine(directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        return directory;
    }
}
