namespace Orders.Domain.Common;

public enum ErrorType
{
    Invalid,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    PreconditionFailed,
    Unprocessable,
}
