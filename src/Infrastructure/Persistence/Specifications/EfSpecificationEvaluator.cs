using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Orders.Infrastructure.Persistence.Specifications;

/// <summary>Runs an Ardalis specification on EF Core (the registry here serves no Ardalis.Specification.EntityFrameworkCore):
/// the core package's Where, Order and Pagination evaluators, plus Search as SQL LIKE, Include/ThenInclude, AsNoTracking and
/// Select.</summary>
public static class EfSpecificationEvaluator
{
    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions)
        .GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    /// <summary>Only what decides which rows match: for counting them.</summary>
    public static IQueryable<T> Criteria<T>(IQueryable<T> query, ISpecification<T> spec) where T : class =>
        Search(WhereEvaluator.Instance.GetQuery(query, spec), spec);

    public static IQueryable<T> Query<T>(IQueryable<T> query, ISpecification<T> spec) where T : class
    {
        query = Include(Criteria(query, spec), spec);
        query = OrderEvaluator.Instance.GetQuery(query, spec);
        query = PaginationEvaluator.Instance.GetQuery(query, spec);
        if (spec.AsNoTracking) query = query.AsNoTracking();
        return query;
    }

    public static IQueryable<TResult> Query<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> spec) where T : class =>
        Query(query, (ISpecification<T>)spec).Select(spec.Selector ?? throw new SelectorNotFoundException());

    // Includes become EF's dotted navigation paths: Include(o => o.Lines).ThenInclude(l => l.Product) is "Lines.Product".
    private static IQueryable<T> Include<T>(IQueryable<T> query, ISpecification<T> spec) where T : class
    {
        var path = "";
        foreach (var include in spec.IncludeExpressions)
        {
            var member = MemberPath(include.LambdaExpression.Body);
            path = include.Type == IncludeTypeEnum.ThenInclude ? $"{path}.{member}" : member;
            query = query.Include(path);
        }

        return spec.IncludeStrings.Aggregate(query, (q, p) => q.Include(p));
    }

    // Terms of one search group are OR-ed; groups are AND-ed, as in Ardalis.Specification.EntityFrameworkCore.
    private static IQueryable<T> Search<T>(IQueryable<T> query, ISpecification<T> spec) where T : class
    {
        foreach (var group in spec.SearchCriterias.GroupBy(s => s.SearchGroup))
        {
            var x = Expression.Parameter(typeof(T), "x");
            var any = group
                .Select(s => (Expression)Expression.Call(Like, Expression.Constant(EF.Functions),
                    new ParameterReplacer(s.Selector.Parameters[0], x).Visit(s.Selector.Body), Term(s.SearchTerm)))
                .Aggregate(Expression.OrElse);
            query = query.Where(Expression.Lambda<Func<T, bool>>(any, x));
        }

        return query;
    }

    // A closure member rather than a constant, so the term is sent as a parameter and the SQL is cached once.
    private static MemberExpression Term(string term) =>
        Expression.Property(Expression.Constant(new SearchTerm(term)), nameof(SearchTerm.Value));

    private static string MemberPath(Expression body) => body switch
    {
        MemberExpression { Expression: MemberExpression inner } m => $"{MemberPath(inner)}.{m.Member.Name}",
        MemberExpression m => m.Member.Name,
        UnaryExpression { NodeType: ExpressionType.Convert } u => MemberPath(u.Operand),
        _ => throw new NotSupportedException($"Include takes a navigation property, not {body}."),
    };

    private sealed record SearchTerm(string Value);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
