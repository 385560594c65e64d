using Ardalis.Specification;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Orders.Infrastructure.Persistence.Specifications;

namespace Orders.UnitTests.Infrastructure.Persistence;

/// <summary>The evaluator on a real SQLite database (in memory), with a model of its own.</summary>
public sealed class EfSpecificationEvaluatorTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ShelfContext _db;

    public EfSpecificationEvaluatorTests()
    {
        _connection.Open();
        _db = new ShelfContext(new DbContextOptionsBuilder<ShelfContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
        var tolkien = new Author { Name = "Tolkien", Country = new Country { Name = "UK" } };
        var garcia = new Author { Name = "García Márquez", Country = new Country { Name = "CO" } };
        _db.Books.AddRange(
            new Book { Title = "The Hobbit", Pages = 310, Author = tolkien },
            new Book { Title = "The Silmarillion", Pages = 365, Author = tolkien },
            new Book { Title = "Cien años de soledad", Pages = 417, Author = garcia },
            new Book { Title = "El otoño del patriarca", Pages = 271, Author = garcia });
        _db.SaveChanges();
        _db.ChangeTracker.Clear();
    }

    [Fact]
    public async Task Query_AppliesWhereOrderAndPaging()
    {
        var titles = await EfSpecificationEvaluator.Query(_db.Books, new LongBooks(minPages: 300, skip: 1, take: 2))
            .Select(b => b.Title).ToListAsync();

        titles.ShouldBe(["The Silmarillion", "The Hobbit"]);
    }

    [Fact]
    public async Task Criteria_IgnoresOrderAndPaging_SoItCountsEveryMatch()
    {
        (await EfSpecificationEvaluator.Criteria(_db.Books, new LongBooks(minPages: 300, skip: 1, take: 2)).CountAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task Query_OrsSearchTermsOfOneGroupAndAndsTheGroups()
    {
        var either = await EfSpecificationEvaluator.Query(_db.Books, new TitleSearch(("%Hobbit%", 1), ("%soledad%", 1))).ToListAsync();
        var both = await EfSpecificationEvaluator.Query(_db.Books, new TitleSearch(("The %", 1), ("%Hobbit%", 2))).ToListAsync();

        either.Select(b => b.Title).ShouldBe(["Cien años de soledad", "The Hobbit"], ignoreOrder: true);
        both.Select(b => b.Title).ShouldBe(["The Hobbit"]);
    }

    [Fact]
    public async Task Query_IncludesAndThenIncludesNavigations()
    {
        var book = await EfSpecificationEvaluator.Query(_db.Books, new WithAuthorAndCountry()).FirstAsync(b => b.Title == "The Hobbit");

        book.Author.ShouldNotBeNull().Country.ShouldNotBeNull().Name.ShouldBe("UK");
    }

    [Fact]
    public async Task Query_WhenAsNoTracking_TracksNothing()
    {
        await EfSpecificationEvaluator.Query(_db.Books, new LongBooks(minPages: 0, skip: 0, take: 10)).ToListAsync();

        _db.ChangeTracker.Entries().ShouldBeEmpty();
    }

    [Fact]
    public async Task Query_WithSelector_ProjectsInTheDatabase()
    {
        var titles = await EfSpecificationEvaluator.Query(_db.Books, new TitlesByAuthor("Tolkien")).ToListAsync();

        titles.ShouldBe(["The Hobbit", "The Silmarillion"]);
    }

    [Fact]
    public void Query_WithoutSelector_Throws()
    {
        Should.Throw<SelectorNotFoundException>(() => EfSpecificationEvaluator.Query(_db.Books, new NoSelector()));
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private sealed class LongBooks : Specification<Book>
    {
        public LongBooks(int minPages, int skip, int take) =>
            Query.AsNoTracking().Where(b => b.Pages >= minPages).OrderByDescending(b => b.Pages).Skip(skip).Take(take);
    }

    private sealed class TitleSearch : Specification<Book>
    {
        public TitleSearch(params (string Pattern, int Group)[] terms)
        {
            foreach (var (pattern, group) in terms) Query.Search(b => b.Title, pattern, group);
        }
    }

    private sealed class WithAuthorAndCountry : Specification<Book>
    {
        public WithAuthorAndCountry() => Query.Include(b => b.Author).ThenInclude(a => a!.Country);
    }

    private sealed class TitlesByAuthor : Specification<Book, string>
    {
        public TitlesByAuthor(string author) =>
            Query.Where(b => b.Author!.Name == author).OrderBy(b => b.Title).Select(b => b.Title);
    }

    private sealed class NoSelector : Specification<Book, string>;

    private sealed class ShelfContext(DbContextOptions<ShelfContext> options) : DbContext(options)
    {
        public DbSet<Book> Books => Set<Book>();
    }

    private sealed class Book
    {
        public int Id { get; set; }
        public string Title { get; set; } = "";
        public int Pages { get; set; }
        public Author? Author { get; set; }
    }

    private sealed class Author
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
        public Country? Country { get; set; }
    }

    private sealed class Country
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
    }
}
