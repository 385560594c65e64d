using Orders.Domain.Common;
using Orders.Domain.Products;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Products;

public class ProductTests
{
    private static readonly DateTimeOffset Now = OrderBuilder.PlacedAt;

    private static Result<Product> Create(
        string? name = "Laptop", string? description = "A fast laptop.", long price = 129999, int stock = 5,
        IReadOnlyList<string>? images = null) =>
        Product.Create("prod-1", name, description, price, stock, images, active: true, Now);

    [Fact]
    public void Create_WhenValid_TrimsAndKeepsTheFields()
    {
        var product = Create(name: "  Laptop ", description: "   ", images: ["https://cdn.example.com/laptop.png"]).Value;

        (product.Id, product.Name, product.Description, product.Price, product.Stock, product.Active)
            .ShouldBe(("prod-1", "Laptop", (string?)null, 129999L, 5, true));
        product.Images.ShouldBe(["https://cdn.example.com/laptop.png"]);
        product.CreatedAt.ShouldBe(Now);
        product.UpdatedAt.ShouldBe(Now);
    }

    [Fact]
    public void Create_WhenFreeAndOutOfStock_Succeeds()
    {
        Create(price: 0, stock: 0).ShouldSucceed();
    }

    [Fact]
    public void Create_WhenPriceNegative_ReturnsInvalid()
    {
        Create(price: -1).ShouldBeInvalidFor("price").Code.ShouldBe("product.invalid");
    }

    [Fact]
    public void Create_WhenStockNegative_ReturnsInvalid()
    {
        Create(stock: -1).ShouldBeInvalidFor("stock");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WhenNameEmpty_ReturnsInvalid(string? name)
    {
        Create(name: name).ShouldBeInvalidFor("name");
    }

    [Fact]
    public void Create_WhenNameTooLong_ReturnsInvalid()
    {
        Create(name: new string('n', Product.MaxNameLength + 1)).ShouldBeInvalidFor("name");
    }

    [Fact]
    public void Create_WhenDescriptionTooLong_ReturnsInvalid()
    {
        Create(description: new string('d', Product.MaxDescriptionLength + 1)).ShouldBeInvalidFor("description");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/images/laptop.png")]
    [InlineData("ftp://cdn.example.com/laptop.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("")]
    public void Create_WhenImageUrlIsBad_ReturnsInvalid(string url)
    {
        Create(images: ["https://cdn.example.com/ok.png", url]).ShouldBeInvalidFor("images");
    }

    [Fact]
    public void Create_WhenTooManyImages_ReturnsInvalid()
    {
        var images = Enumerable.Range(0, Product.MaxImages + 1).Select(i => $"https://cdn.example.com/{i}.png").ToList();

        Create(images: images).ShouldBeInvalidFor("images");
    }

    [Fact]
    public void Update_WhenInvalid_ChangesNothing()
    {
        var product = Create().Value;

        product.Update("Renamed", null, -5, 1, null, active: false, Now.AddDays(1)).ShouldBeInvalidFor("price");

        (product.Name, product.Price, product.Stock, product.Active, product.UpdatedAt).ShouldBe(("Laptop", 129999L, 5, true, Now));
    }
}
