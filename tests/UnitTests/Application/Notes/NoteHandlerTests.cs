using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Notes.AddNote;
using Orders.Application.Notes.DeleteNote;
using Orders.Application.Notes.EditNote;
using Orders.Application.Orders;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Notes;

public class NoteHandlerTests
{
    private static readonly UserContext Admin = new(OrderBuilder.Admin.Id, IsAdmin: true, null);
    private static readonly UserContext OtherAdmin = new("admin-2", IsAdmin: true, null);
    private static readonly UserContext Owner = new(OrderBuilder.OwnerId, IsAdmin: false, null);
    private static readonly UserContext Stranger = new("user-2", IsAdmin: false, null);

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryOrderRepository _orders = new();
    private readonly InMemoryIdempotencyStore _keys;
    private readonly FixedTimeProvider _clock = new(OrderBuilder.PlacedAt.AddDays(1));
    private readonly Order _order;

    public NoteHandlerTests()
    {
        _keys = new InMemoryIdempotencyStore(_uow);
        _order = new OrderBuilder().Paid().Build();
        _order.ClearDomainEvents();
        _orders.Add(_order);
    }

    [Fact]
    public async Task Add_ByTheOwner_WritesACustomerNote_AnswersItWithTheNewVersion_AndSavesOnce()
    {
        var before = _order.Version;

        var added = await Add().HandleAsync(AddCommand(Owner, "  Please leave it at the door.  ", NoteVisibility.Customer), default);

        added.ShouldSucceed();
        var note = added.Value.Note;
        (note.Id, note.Body, note.Visibility, note.Author.Id, note.Author.Role).ShouldBe(
            ($"nt_{_order.Id}_1", "Please leave it at the door.", NoteVisibility.Customer, OrderBuilder.OwnerId, NoteAuthorRole.Customer));
        (note.CreatedAt, note.EditedAt, note.DeletedAt).ShouldBe((_clock.Now, null, null));
        (added.Value.OrderId, added.Value.OrderVersion, added.Value.Replayed).ShouldBe((_order.Id, before + 1, false));
        _order.ShouldHaveRaisedOnly<NoteAdded>().ByAdmin.ShouldBeFalse();
        _uow.Saves.ShouldBe(1);
    }

    [Fact]
    public async Task Add_AnInternalNoteByAnAdmin_RaisesNothing()
    {
        var added = await Add().HandleAsync(AddCommand(Admin, "Fraud check passed.", NoteVisibility.Internal), default);

        added.ShouldSucceed();
        added.Value.Note.Author.Role.ShouldBe(NoteAuthorRole.Admin);
        _order.ShouldHaveRaisedNothing();
    }

    [Fact]
    public async Task Add_AnInternalNoteByTheOwner_IsForbidden_AndForAnotherCustomerTheOrderIsNotFound()
    {
        (await Add().HandleAsync(AddCommand(Owner, "Secret", NoteVisibility.Internal), default)).ShouldFailWith("note.forbidden", ResultStatus.Forbidden);
        (await Add().HandleAsync(AddCommand(Stranger, "Hi", NoteVisibility.Customer), default)).ShouldFailWith("order.not_found", ResultStatus.NotFound);
        _order.Notes.ShouldBeEmpty();
        _uow.Saves.ShouldBe(0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Add_WithoutABody_OrTooLong_OrWithoutVisibility_IsInvalid(string? body)
    {
        (await Add().HandleAsync(AddCommand(Owner, body, NoteVisibility.Customer), default)).ShouldBeInvalidFor("body");
        (await Add().HandleAsync(AddCommand(Owner, new string('x', OrderNote.MaxBodyLength + 1), NoteVisibility.Customer), default)).ShouldBeInvalidFor("body");
        (await Add().HandleAsync(AddCommand(Owner, "Fine", null), default)).ShouldBeInvalidFor("visibility");
        (await Add().HandleAsync(AddCommand(Owner, new string('x', OrderNote.MaxBodyLength), NoteVisibility.Customer), default)).ShouldSucceed();
    }

    [Fact]
    public async Task Add_WhenTheExpectedVersionIsStale_ReturnsVersionMismatch()
    {
        (await Add().HandleAsync(AddCommand(Admin, "Hi", NoteVisibility.Customer) with { ExpectedVersion = _order.Version - 1 }, default))
            .ShouldFailWith("order.version_mismatch", ResultStatus.Conflict);
        _order.Notes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Add_WhenTheOrderHoldsTheMostNotes_ReturnsTheLimit()
    {
        for (var i = 0; i < Order.MaxNotes; i++)
            (await Add().HandleAsync(AddCommand(Admin, $"Note {i}", NoteVisibility.Internal), default)).ShouldSucceed();

        (await Add().HandleAsync(AddCommand(Owner, "One more", NoteVisibility.Customer), default)).ShouldFailWith("note.limit", ResultStatus.Conflict);
        _order.Notes.Count.ShouldBe(Order.MaxNotes);
    }

    [Fact]
    public async Task Add_WithAKeyUsedBefore_ReplaysTheNoteEvenWithTheOldIfMatch_AnotherBodyIsRefused_AndAnotherCallersKeyIsTheirOwn()
    {
        var command = AddCommand(Owner, "Ring twice", NoteVisibility.Customer) with { IdempotencyKey = "k-1", ExpectedVersion = _order.Version };

        var first = await Add().HandleAsync(command, default);
        var again = await Add().HandleAsync(command, default);

        first.ShouldSucceed();
        again.ShouldSucceed();
        (again.Value.Note, again.Value.OrderVersion, again.Value.Replayed).ShouldBe((first.Value.Note, first.Value.OrderVersion, true));
        _order.Notes.Count.ShouldBe(1);
        _uow.Saves.ShouldBe(1);
        var record = _keys.Records.ShouldHaveSingleItem();
        (record.UserId, record.OrderId, record.Completed).ShouldBe((NoteKeys.ScopeOf(_order.Id, Owner.Id), first.Value.Note.Id, true));

        (await Add().HandleAsync(command with { Body = "Ring once", ExpectedVersion = null }, default))
            .ShouldFailWith("idempotency.key_reused", ResultStatus.Error);
        var admins = await Add().HandleAsync(AddCommand(Admin, "Ring twice", NoteVisibility.Customer) with { IdempotencyKey = "k-1" }, default);
        admins.ShouldSucceed();
        admins.Value.Replayed.ShouldBeFalse();
        _order.Notes.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Add_WhenTheSaveFails_KeepsNoKey()
    {
        _uow.FailNextSaveWith = UnitOfWorkErrors.ConcurrentChange;

        (await Add().HandleAsync(AddCommand(Owner, "Hi", NoteVisibility.Customer) with { IdempotencyKey = "k-2" }, default))
            .ShouldFailWith(UnitOfWorkErrors.ConflictCode, ResultStatus.Conflict);
        _keys.Records.ShouldBeEmpty();
    }

    [Fact]
    public async Task Edit_ByItsAuthor_KeepsTheEarlierBody_AndSetsEditedAt()
    {
        var note = await AddedAsync(Owner, "First words", NoteVisibility.Customer);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var edited = await Edit().HandleAsync(new EditNoteCommand(new OrderRef(_order.OrderNumber), Owner, note, "Second words"), default);

        edited.ShouldSucceed();
        (edited.Value.Note.Body, edited.Value.Note.EditedAt, edited.Value.OrderVersion).ShouldBe(("Second words", _clock.Now, _order.Version));
        _order.Notes.Single().Revisions.ShouldBe([new NoteRevision("First words", OrderBuilder.PlacedAt.AddDays(1))]);
    }

    [Fact]
    public async Task Edit_ByAnyoneButItsAuthor_IsForbidden_AdminsIncluded()
    {
        var owners = await AddedAsync(Owner, "Mine", NoteVisibility.Customer);
        var admins = await AddedAsync(Admin, "Ours", NoteVisibility.Customer);

        (await Edit().HandleAsync(new EditNoteCommand(new OrderRef(_order.Id), Admin, owners, "Changed"), default)).ShouldFailWith("note.forbidden", ResultStatus.Forbidden);
        (await Edit().HandleAsync(new EditNoteCommand(new OrderRef(_order.Id), OtherAdmin, admins, "Changed"), default)).ShouldFailWith("note.forbidden", ResultStatus.Forbidden);
        (await Edit().HandleAsync(new EditNoteCommand(new OrderRef(_order.Id), Owner, admins, "Changed"), default)).ShouldFailWith("note.forbidden", ResultStatus.Forbidden);
        (await Edit().HandleAsync(new EditNoteCommand(new OrderRef(_order.Id), Stranger, owners, "Changed"), default)).ShouldFailWith("order.not_found", ResultStatus.NotFound);
        _order.Notes.ShouldAllBe(n => n.EditedAt == null);
    }

    [Fact]
    public async Task EditAndDelete_OfAnInternalNote_ByTheOwner_FindNoNote()
    {
        var secret = await AddedAsync(Admin, "Internal", NoteVisibility.Internal);

        (await Edit().HandleAsync(new EditNoteCommand(new OrderRef(_order.Id), Owner, secret, "Seen"), default)).ShouldFailWith("note.not_found", ResultStatus.NotFound);
        (await Delete().HandleAsync(new DeleteNoteCommand(new OrderRef(_order.Id), Owner, secret), default)).ShouldFailWith("note.not_found", ResultStatus.NotFound);
        _order.Notes.Single().Body.ShouldBe("Internal");
    }

    [Fact]
    public async Task Delete_ByAnAdmin_LeavesATombstone_WithoutEarlierRevisions()
    {
        var note = await AddedAsync(Owner, "First", NoteVisibility.Customer);
        (await Edit().HandleAsync(new EditNoteCommand(new OrderRef(_order.Id), Owner, note, "Second"), default)).ShouldSucceed();
        _clock.Advance(TimeSpan.FromHours(1));

        var deleted = await Delete().HandleAsync(new DeleteNoteCommand(new OrderRef(_order.Id), OtherAdmin, note, _order.Version), default);

        deleted.ShouldSucceed();
        (deleted.Value.Note.Body, deleted.Value.Note.DeletedAt, deleted.Value.OrderVersion).ShouldBe((null, _clock.Now, _order.Version));
        _order.Notes.Single().Revisions.ShouldBeEmpty();
        (await Edit().HandleAsync(new EditNoteCommand(new OrderRef(_order.Id), Owner, note, "Third"), default)).ShouldFailWith("note.deleted", ResultStatus.Conflict);
    }

    [Fact]
    public async Task Delete_OfAnAdminsCustomerNote_ByTheOwner_IsForbidden_AndAStaleIfMatchIsRefused()
    {
        var admins = await AddedAsync(Admin, "We will call you", NoteVisibility.Customer);

        (await Delete().HandleAsync(new DeleteNoteCommand(new OrderRef(_order.Id), Owner, admins), default)).ShouldFailWith("note.forbidden", ResultStatus.Forbidden);
        (await Delete().HandleAsync(new DeleteNoteCommand(new OrderRef(_order.Id), Admin, admins, _order.Version - 1), default))
            .ShouldFailWith("order.version_mismatch", ResultStatus.Conflict);
        _order.Notes.Single().IsDeleted.ShouldBeFalse();
    }

    private async Task<string> AddedAsync(UserContext user, string body, NoteVisibility visibility)
    {
        var added = await Add().HandleAsync(AddCommand(user, body, visibility), default);
        added.ShouldSucceed();
        _order.ClearDomainEvents();
        return added.Value.Note.Id;
    }

    private AddNoteCommand AddCommand(UserContext user, string? body, NoteVisibility? visibility) => new(new OrderRef(_order.Id), user, body, visibility);

    private AddNoteHandler Add() => new(new OrderAccess(_orders), new NoteKeys(_keys, _clock), _uow, _clock, TestMappings.Config);

    private EditNoteHandler Edit() => new(new OrderAccess(_orders), _uow, _clock, TestMappings.Config);

    private DeleteNoteHandler Delete() => new(new OrderAccess(_orders), _uow, _clock, TestMappings.Config);
}
