using Orders.Infrastructure.Outbox;

namespace Orders.UnitTests.Infrastructure.Outbox;

public sealed class EmailRedactionTests
{
    [Theory]
    [InlineData("550 5.1.1 <jane.doe@example.com>: no such mailbox here", "550 5.1.1 <j***@example.com>: no such mailbox here")]
    [InlineData("to a@b.example and to Zoë+orders@mail.example.co.uk.", "to a***@b.example and to Z***@mail.example.co.uk.")]
    [InlineData("user \"reject-1@example.com\" unknown", "user \"r***@example.com\" unknown")]
    [InlineData("root@localhost refused", "r***@localhost refused")]
    public void Redact_MasksEveryAddress_KeepingItsFirstLetterAndDomain(string text, string expected) =>
        EmailRedaction.Redact(text).ShouldBe(expected);

    [Theory]
    [InlineData("HTTP 503")]
    [InlineData("Connection refused (127.0.0.1:25)")]
    [InlineData("a lone @ sign")]
    [InlineData("")]
    public void Redact_TextWithoutAnAddress_IsLeftAsItIs(string text) =>
        EmailRedaction.Redact(text).ShouldBe(text);
}
