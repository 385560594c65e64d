namespace Orders.Domain.Orders;

public enum NoteAuthorRole
{
    Customer,
    Admin,
}
