using Ardalis.Result;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

public class OrderNoteTests
{
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddHours(2);
    private static readonly DateTimeOffset Later2 = Later.AddHours(1);
    private static readonly DateTimeOffset Later3 = Later.AddHours(2);
    private static readonly Actor Admin = OrderBuilder.Admin;
    private static readonly Actor OtherAdmin = new("admin-2", IsAdmin: true);
    private static readonly Actor Owner = OrderBuilder.Owner;

    private static Order AnOrder() => new OrderBuilder().Build();

    private static OrderNote Add(Order order, Actor by, NoteVisibility visibility, string body = "Leave it at the door")
    {
        var note = order.AddNote(by, body, visibility, Later);
        note.ShouldSucceed();
        return note.Value;
    }

    private static FailureSeen ShouldRefuse(Order order, Func<Order, IResult> verb, string code, ResultStatus status)
    {
        var before = EditState.Of(order);
        var seen = verb(order).ShouldFailWith(code, status);
        EditState.Of(order).ShouldBe(before);
        return seen;
    }

    private static void ShouldRefuseField(Order order, Func<Order, IResult> verb, string field)
    {
        var before = EditState.Of(order);
        verb(order).ShouldBeInvalidFor(field);
        EditState.Of(order).ShouldBe(before);
    }

    // --- Adding ---

    [Fact]
    public void TheOwner_AddsACustomerNote_AndTheShopIsTold()
    {
        var order = AnOrder();

        var note = order.AddNote(Owner, "  Please ring twice  ", NoteVisibility.Customer, Later).Value;

        (note.Id, note.Body, note.Visibility, note.AuthorId, note.AuthorRole).ShouldBe(
            ($"nt_{order.Id}_1", "Please ring twice", NoteVisibility.Customer, OrderBuilder.OwnerId, NoteAuthorRole.Customer));
        (note.CreatedAt, note.EditedAt, note.DeletedAt, note.IsDeleted).ShouldBe((Later, (DateTimeOffset?)null, (DateTimeOffset?)null, false));
        note.Revisions.ShouldBeEmpty();
        order.Notes.ShouldHaveSingleItem().ShouldBeSameAs(note);
        order.Version.ShouldBe(2);
        order.UpdatedAt.ShouldBe(Later);
        order.ShouldHaveRaisedOnly<NoteAdded>().ShouldBe(new NoteAdded(order.Id, order.OrderNumber, note.Id, false, Later));
    }

    [Fact]
    public void TheOwner_MayNotWriteAnInternalNote()
    {
        var order = AnOrder();

        ShouldRefuse(order, o => o.AddNote(Owner, "psst", NoteVisibility.Internal, Later), "note.forbidden", ResultStatus.Forbidden);
    }

    [Fact]
    public void AnotherCustomer_MayNotWriteOnTheOrder()
    {
        var order = AnOrder();

        ShouldRefuse(order, o => o.AddNote(OrderBuilder.Stranger, "hello", NoteVisibility.Customer, Later), "note.forbidden", ResultStatus.Forbidden);
    }

    [Fact]
    public void AnAdminsInternalNote_RaisesNothing_AndTheirCustomerNoteTellsTheCustomer()
    {
        var order = AnOrder();

        var internalNote = Add(order, Admin, NoteVisibility.Internal, "Fraud check passed");
        order.ShouldHaveRaisedNothing();
        internalNote.AuthorRole.ShouldBe(NoteAuthorRole.Admin);

        var customerNote = Add(order, Admin, NoteVisibility.Customer, "Your parcel leaves tomorrow");
        order.ShouldHaveRaisedOnly<NoteAdded>().ShouldBe(new NoteAdded(order.Id, order.OrderNumber, customerNote.Id, true, Later));
        order.Notes.Select(n => n.Id).ShouldBe([$"nt_{order.Id}_1", $"nt_{order.Id}_2"]);
        order.Version.ShouldBe(3);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void ANoteWithoutABody_IsRefused(string? body) =>
        ShouldRefuseField(AnOrder(), o => o.AddNote(Admin, body, NoteVisibility.Internal, Later), "body");

    [Fact]
    public void ABodyOver2000Characters_IsRefused_AndOneOf2000IsKeptTrimmed()
    {
        var order = AnOrder();
        ShouldRefuseField(order, o => o.AddNote(Admin, new string('x', 2001), NoteVisibility.Internal, Later), "body");

        Add(order, Admin, NoteVisibility.Internal, $"\n {new string('y', 2000)} \n").Body.ShouldBe(new string('y', 2000));
    }

    [Fact]
    public void ANoteWithoutVisibility_IsRefused() =>
        ShouldRefuseField(AnOrder(), o => o.AddNote(Admin, "hello", null, Later), "visibility");

    [Theory]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Canceled)]
    public void NotesAreWritten_WhateverTheOrdersStatus(OrderStatus status)
    {
        var order = new OrderBuilder().In(status).Build();

        Add(order, Owner, NoteVisibility.Customer);
    }

    [Fact]
    public void AnOrderHoldsAtMost200Notes_TombstonesIncluded()
    {
        var order = AnOrder();
        for (var i = 0; i < Order.MaxNotes; i++) Add(order, Admin, NoteVisibility.Internal, $"note {i}");
        order.DeleteNote(Admin, order.Notes[0].Id, Later).ShouldSucceed();

        ShouldRefuse(order, o => o.AddNote(Admin, "one more", NoteVisibility.Internal, Later), "note.limit", ResultStatus.Conflict);
        order.Notes[^1].Id.ShouldBe($"nt_{order.Id}_{Order.MaxNotes}");
    }

    // --- Who sees what ---

    [Fact]
    public void Admins_SeeEveryNote_TheCustomerOnlyCustomerNotes()
    {
        var order = AnOrder();
        var internalNote = Add(order, Admin, NoteVisibility.Internal);
        var customerNote = Add(order, Admin, NoteVisibility.Customer);

        (Order.NoteVisibleTo(internalNote, true), Order.NoteVisibleTo(customerNote, true)).ShouldBe((true, true));
        (Order.NoteVisibleTo(internalNote, false), Order.NoteVisibleTo(customerNote, false)).ShouldBe((false, true));
    }

    [Fact]
    public void AnInternalNote_IsNotFoundForTheCustomer()
    {
        var order = AnOrder();
        var note = Add(order, Admin, NoteVisibility.Internal);

        ShouldRefuse(order, o => o.EditNote(Owner, note.Id, "mine now", Later2), "note.not_found", ResultStatus.NotFound);
        ShouldRefuse(order, o => o.DeleteNote(Owner, note.Id, Later2), "note.not_found", ResultStatus.NotFound);
    }

    [Fact]
    public void AnUnknownNote_IsNotFound()
    {
        var order = AnOrder();

        ShouldRefuse(order, o => o.EditNote(Admin, "nt_nope", "x", Later2), "note.not_found", ResultStatus.NotFound);
        ShouldRefuse(order, o => o.DeleteNote(Admin, "nt_nope", Later2), "note.not_found", ResultStatus.NotFound);
    }

    // --- Editing ---

    [Fact]
    public void ItsAuthor_EditsANote_AndEachEarlierBodyIsKeptWithSinceWhen()
    {
        var order = AnOrder();
        var note = Add(order, Owner, NoteVisibility.Customer, "first");
        order.ClearDomainEvents();
        var version = order.Version;

        order.EditNote(Owner, note.Id, " second ", Later2).Value.ShouldBeSameAs(note);
        order.EditNote(Owner, note.Id, "third", Later3).ShouldSucceed();

        note.Body.ShouldBe("third");
        note.EditedAt.ShouldBe(Later3);
        note.Revisions.ShouldBe([new NoteRevision("first", Later), new NoteRevision("second", Later2)]);
        order.Version.ShouldBe(version + 2);
        order.UpdatedAt.ShouldBe(Later3);
        order.ShouldHaveRaisedNothing();
    }

    [Fact]
    public void TheSameBodyAgain_ChangesNothing()
    {
        var order = AnOrder();
        var note = Add(order, Admin, NoteVisibility.Internal, "same");
        var before = EditState.Of(order);

        order.EditNote(Admin, note.Id, "  same ", Later2).Value.ShouldBeSameAs(note);

        EditState.Of(order).ShouldBe(before);
        note.EditedAt.ShouldBeNull();
    }

    [Fact]
    public void AnEditWithoutABodyOrWithOneTooLong_IsRefused()
    {
        var order = AnOrder();
        var note = Add(order, Admin, NoteVisibility.Internal);

        ShouldRefuseField(order, o => o.EditNote(Admin, note.Id, "  ", Later2), "body");
        ShouldRefuseField(order, o => o.EditNote(Admin, note.Id, new string('x', 2001), Later2), "body");
    }

    [Fact]
    public void AnAdmin_MayNotEditAnotherAdminsNote()
    {
        var order = AnOrder();
        var note = Add(order, Admin, NoteVisibility.Internal);

        ShouldRefuse(order, o => o.EditNote(OtherAdmin, note.Id, "not mine", Later2), "note.forbidden", ResultStatus.Forbidden);
    }

    [Fact]
    public void AnAdmin_MayNotEditTheCustomersNote_NorTheCustomerAnAdminsCustomerNote()
    {
        var order = AnOrder();
        var owners = Add(order, Owner, NoteVisibility.Customer);
        var admins = Add(order, Admin, NoteVisibility.Customer);

        ShouldRefuse(order, o => o.EditNote(Admin, owners.Id, "x", Later2), "note.forbidden", ResultStatus.Forbidden);
        ShouldRefuse(order, o => o.EditNote(Owner, admins.Id, "x", Later2), "note.forbidden", ResultStatus.Forbidden);
    }

    [Fact]
    public void AnAdminWhoseIdIsTheOwners_IsNotTheCustomerAuthor()
    {
        // Authorship is the id and the role together: the same id as an admin is someone else.
        var order = AnOrder();
        var note = Add(order, Owner, NoteVisibility.Customer);

        ShouldRefuse(order, o => o.EditNote(new Actor(OrderBuilder.OwnerId, IsAdmin: true), note.Id, "x", Later2), "note.forbidden", ResultStatus.Forbidden);
    }

    [Fact]
    public void ADeletedNote_IsNotEdited()
    {
        var order = AnOrder();
        var note = Add(order, Admin, NoteVisibility.Internal);
        order.DeleteNote(Admin, note.Id, Later2).ShouldSucceed();

        ShouldRefuse(order, o => o.EditNote(Admin, note.Id, "back", Later3), "note.deleted", ResultStatus.Conflict);
    }

    // --- Deleting ---

    [Fact]
    public void ItsAuthor_DeletesANote_LeavingATombstoneWithoutWords()
    {
        var order = AnOrder();
        var note = Add(order, Owner, NoteVisibility.Customer, "first");
        order.EditNote(Owner, note.Id, "second", Later2).ShouldSucceed();
        order.ClearDomainEvents();
        var version = order.Version;

        order.DeleteNote(Owner, note.Id, Later3).Value.ShouldBeSameAs(note);

        (note.IsDeleted, note.DeletedAt, note.Body).ShouldBe((true, (DateTimeOffset?)Later3, (string?)null));
        note.Revisions.ShouldBeEmpty();
        (note.Id, note.Visibility, note.AuthorId, note.CreatedAt).ShouldBe(($"nt_{order.Id}_1", NoteVisibility.Customer, OrderBuilder.OwnerId, Later));
        order.Notes.ShouldHaveSingleItem();
        order.Version.ShouldBe(version + 1);
        order.ShouldHaveRaisedNothing();
    }

    [Fact]
    public void AnyAdmin_DeletesAnyNote()
    {
        var order = AnOrder();
        var owners = Add(order, Owner, NoteVisibility.Customer);
        var admins = Add(order, Admin, NoteVisibility.Internal);

        order.DeleteNote(OtherAdmin, owners.Id, Later2).ShouldSucceed();
        order.DeleteNote(OtherAdmin, admins.Id, Later2).ShouldSucceed();

        order.Notes.ShouldAllBe(n => n.IsDeleted);
    }

    [Fact]
    public void TheCustomer_MayNotDeleteAnAdminsCustomerNote()
    {
        var order = AnOrder();
        var note = Add(order, Admin, NoteVisibility.Customer);

        ShouldRefuse(order, o => o.DeleteNote(Owner, note.Id, Later2), "note.forbidden", ResultStatus.Forbidden);
    }

    [Fact]
    public void DeletingTwice_ChangesNothingTheSecondTime()
    {
        var order = AnOrder();
        var note = Add(order, Admin, NoteVisibility.Internal);
        order.DeleteNote(Admin, note.Id, Later2).ShouldSucceed();
        var before = EditState.Of(order);

        order.DeleteNote(Admin, note.Id, Later3).ShouldSucceed();

        EditState.Of(order).ShouldBe(before);
        note.DeletedAt.ShouldBe(Later2);
    }
}
