using Ardalis.Result;
using Orders.Domain.Common;

namespace Orders.UnitTests.Assertions;

/// <summary>What a failed result says, for closer looks in a test.</summary>
public sealed record FailureSeen(string Code, string Message, IReadOnlyDictionary<string, string[]> Fields);

public static class ResultAssertions
{
    public static void ShouldSucceed(this IResult result) =>
        result.IsOk().ShouldBeTrue($"expected success but got {result.Code()} ({result.Status}): {result.Detail()}");

    /// <summary>Asserts the failure's code and status and hands back what it says.</summary>
    public static FailureSeen ShouldFailWith(this IResult result, string code, ResultStatus status)
    {
        result.IsOk().ShouldBeFalse($"expected {code} ({status}) but the result succeeded");
        var seen = result.Seen();
        seen.Code.ShouldBe(code, seen.Message);
        result.Status.ShouldBe(status, seen.Message);
        return seen;
    }

    /// <summary>An <see cref="ResultStatus.Invalid"/> failure that names <paramref name="field"/> among its errors.</summary>
    public static FailureSeen ShouldBeInvalidFor(this IResult result, string field)
    {
        result.IsOk().ShouldBeFalse($"expected an invalid {field} but the result succeeded");
        var seen = result.Seen();
        result.Status.ShouldBe(ResultStatus.Invalid, seen.Message);
        seen.Fields.Keys.ShouldContain(field);
        return seen;
    }

    public static FailureSeen Seen(this IResult result) => new(result.Code(), result.Detail(), result.FieldErrors());

    private static bool IsOk(this IResult result) => result.Status == ResultStatus.Ok;
}
