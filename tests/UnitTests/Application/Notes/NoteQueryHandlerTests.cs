using Ardalis.Result;
using NSubstitute;
using Orders.Application.Common;
using Orders.Application.Notes.GetNote;
using Orders.Application.Notes.ListNotes;
using Orders.Application.Orders;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Notes;

public class NoteQueryHandlerTests
{
    private static readonly UserContext Owner = new(OrderBuilder.OwnerId, false, null);
    private static readonly UserContext Admin = new("admin-1", true, null);

    private readonly IOrderViews _views = Substitute.For<IOrderViews>();
    private readonly Order _order = new OrderBuilder().Paid().Build();

    public NoteQueryHandlerTests()
    {
        _order.AddNote(OrderBuilder.Admin, "Internal: fraud check passed", NoteVisibility.Internal, OrderBuilder.PlacedAt).ShouldSucceed();
        _order.AddNote(OrderBuilder.Owner, "Leave it at the door", NoteVisibility.Customer, OrderBuilder.PlacedAt).ShouldSucceed();
        _order.AddNote(OrderBuilder.Admin, "We ship on Monday", NoteVisibility.Customer, OrderBuilder.PlacedAt).ShouldSucceed();
        _order.DeleteNote(OrderBuilder.Admin, $"nt_{_order.Id}_3", OrderBuilder.PlacedAt).ShouldSucceed();
        _views.FindAsync(Arg.Is<OrderRef>(r => r.Value == _order.Id || r.Value == _order.OrderNumber), Arg.Any<CancellationToken>())
            .Returns(_order.Complete(TestMappings.Config));
    }

    [Fact]
    public async Task List_ForTheOwner_LeavesInternalNotesOut_ForAnAdmin_GivesEveryNote()
    {
        var owners = await new ListNotesHandler(_views).HandleAsync(new ListNotesQuery(new OrderRef(_order.OrderNumber), Owner), default);
        var admins = await new ListNotesHandler(_views).HandleAsync(new ListNotesQuery(new OrderRef(_order.Id), Admin), default);

        owners.ShouldSucceed();
        owners.Value.Items.Select(n => n.Id).ShouldBe([$"nt_{_order.Id}_2", $"nt_{_order.Id}_3"]);
        owners.Value.Items[1].Body.ShouldBeNull();
        (owners.Value.OrderId, owners.Value.OrderVersion).ShouldBe((_order.Id, _order.Version));
        admins.ShouldSucceed();
        admins.Value.Items.Select(n => n.Id).ShouldBe([$"nt_{_order.Id}_1", $"nt_{_order.Id}_2", $"nt_{_order.Id}_3"]);
    }

    [Fact]
    public async Task Get_AnInternalNote_IsNotFoundForTheOwner_AndFoundForAnAdmin()
    {
        var internalNote = $"nt_{_order.Id}_1";

        (await new GetNoteHandler(_views).HandleAsync(new GetNoteQuery(new OrderRef(_order.Id), Owner, internalNote), default))
            .ShouldFailWith("note.not_found", ResultStatus.NotFound);
        var found = await new GetNoteHandler(_views).HandleAsync(new GetNoteQuery(new OrderRef(_order.Id), Admin, internalNote), default);
        found.ShouldSucceed();
        (found.Value.Note.Body, found.Value.Note.Visibility).ShouldBe(("Internal: fraud check passed", NoteVisibility.Internal));
        (await new GetNoteHandler(_views).HandleAsync(new GetNoteQuery(new OrderRef(_order.Id), Owner, $"nt_{_order.Id}_2"), default)).ShouldSucceed();
    }

    [Fact]
    public async Task ListAndGet_ForAnotherCustomer_FindNoOrder()
    {
        var stranger = new UserContext("user-2", false, null);

        (await new ListNotesHandler(_views).HandleAsync(new ListNotesQuery(new OrderRef(_order.Id), stranger), default))
            .ShouldFailWith("order.not_found", ResultStatus.NotFound);
        (await new GetNoteHandler(_views).HandleAsync(new GetNoteQuery(new OrderRef(_order.Id), stranger, $"nt_{_order.Id}_2"), default))
            .ShouldFailWith("order.not_found", ResultStatus.NotFound);
    }
}
