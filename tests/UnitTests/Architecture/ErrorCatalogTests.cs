using System.Text.RegularExpressions;

namespace Orders.UnitTests.Architecture;

/// <summary>Every error code and sentence lives in an <c>*Errors</c> class beside its aggregate or feature, so clients'
/// codes are found (and kept stable) in one place per feature. Read from the source: a failure built anywhere else is
/// named here with its file and line.</summary>
public partial class ErrorCatalogTests
{
    private static readonly Lazy<IReadOnlyList<SourceFile>> Sources = new(ReadSources);

    [Fact]
    public void SourceTree_IsFound()
    {
        Sources.Value.Count.ShouldBeGreaterThan(100);
        Sources.Value.ShouldContain(f => f.Path == "src/Domain/Orders/OrderErrors.cs");
        Sources.Value.ShouldContain(f => FailureCall().IsMatch(f.Text), "the pattern matches no Failure call at all; is it still right?");
    }

    [Theory]
    [InlineData("return Failure.Conflict(\"x.y\", \"Why.\");")]
    [InlineData("Domain.Common.Failure.NotFound(\"x.y\", $\"{id} not found.\")")]
    [InlineData("Failure.Field (\"q\", \"Too long.\")")]
    public void FailureCall_MatchesTheWaysOneIsWritten(string line) => FailureCall().IsMatch(line).ShouldBeTrue();

    [Theory]
    [InlineData("return order.Failed();")]
    [InlineData("Code = Failure.InvalidRequest;")]
    [InlineData("public Result RecordPaymentFailure(string? reason)")]
    public void FailureCall_IgnoresWhatIsNotOne(string line) => FailureCall().IsMatch(line).ShouldBeFalse();

    [Fact]
    public void FailuresAreBuilt_OnlyInErrorsClasses()
    {
        var outside = Calls(FailureCall())
            .Where(c => !Path.GetFileName(c.Path).EndsWith("Errors.cs", StringComparison.Ordinal) && c.Path != "src/Domain/Common/Failure.cs")
            .ToList();

        outside.ShouldBeEmpty("Move each code and sentence into the *Errors class beside its aggregate or feature (OrderErrors, "
            + "PaymentErrors, RequestErrors, ...) and call it from there:\n" + string.Join("\n", outside));
    }

    [Fact]
    public void ArdalisFailures_AreMadeOnlyByFailure()
    {
        var outside = Calls(ArdalisFailureCall())
            .Where(c => c.Path is not ("src/Domain/Common/Failure.cs" or "src/Domain/Common/FailureExtensions.cs"))
            .ToList();

        outside.ShouldBeEmpty("Build failures with Failure (from an *Errors class), which puts a code beside the sentence:\n"
            + string.Join("\n", outside));
    }

    private static IEnumerable<Call> Calls(Regex pattern) =>
        from file in Sources.Value
        from match in pattern.Matches(file.Text)
        select new Call(file.Path, file.LineOf(match.Index), match.Value);

    private static List<SourceFile> ReadSources()
    {
        var root = RepositoryRoot();
        var src = Path.Combine(root, "src");
        return [.. Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(path, File.ReadAllText(Path.Combine(root, path))))];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Orders.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Orders.sln above {AppContext.BaseDirectory}.");
    }

    private sealed record Call(string Path, int Line, string Text)
    {
        public override string ToString() => $"{Path}:{Line}: {Text}";
    }

    private sealed record SourceFile(string Path, string Text)
    {
        public int LineOf(int index) => Text.AsSpan(0, index).Count('\n') + 1;
    }

    // Failure.Conflict(...), Failure.Field(...): a method of Failure, not its InvalidRequest constant.
    [GeneratedRegex(@"\bFailure\s*\.\s*[A-Z]\w*\s*\(")]
    private static partial Regex FailureCall();

    // Result.NotFound(...), Result<T>.Invalid(...): Ardalis' failure factories, which take no code of ours.
    [GeneratedRegex(@"\bResult\s*(<[^;()]*>)?\s*\.\s*(NotFound|Conflict|Invalid|Forbidden|Unauthorized|Unavailable|CriticalError|Error)\s*\(")]
    private static partial Regex ArdalisFailureCall();
}
