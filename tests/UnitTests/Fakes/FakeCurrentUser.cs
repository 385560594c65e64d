using Orders.Application.Common;

namespace Orders.UnitTests.Fakes;

public sealed class FakeCurrentUser(UserContext user) : ICurrentUser
{
    public UserContext User { get; set; } = user;

    public UserContext? Find() => User;
}
