namespace Orders.Application.Common;

/// <summary>New ids for orders, lines and products: CUID2 strings.</summary>
public interface IIdGenerator
{
    string NewId();
}
