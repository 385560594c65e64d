using Orders.Domain.Common;

namespace Orders.UnitTests.Assertions;

public static class ResultAssertions
{
    public static void ShouldSucceed(this Result result) =>
        result.IsSuccess.ShouldBeTrue($"expected success but got {result.Error?.Code} ({result.Error?.Type}): {result.Error?.Message}");

    /// <summary>Asserts the failure's code and type and hands back the error for closer looks.</summary>
    public static Error ShouldFailWith(this Result result, string code, ErrorType type)
    {
        result.IsFailure.ShouldBeTrue($"expected {code} ({type}) but the result succeeded");
        var error = result.Error!;
        error.Code.ShouldBe(code, error.Message);
        error.Type.ShouldBe(type, error.Message);
        return error;
    }

    /// <summary>An <see cref="ErrorType.Invalid"/> failure that names <paramref name="field"/> among its errors.</summary>
    public static Error ShouldBeInvalidFor(this Result result, string field)
    {
        result.IsFailure.ShouldBeTrue($"expected an invalid {field} but the result succeeded");
        var error = result.Error!;
        error.Type.ShouldBe(ErrorType.Invalid, error.Message);
        error.Fields.ShouldNotBeNull(error.Message).Keys.ShouldContain(field);
        return error;
    }
}
