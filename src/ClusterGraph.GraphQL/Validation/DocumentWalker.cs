using System.Runtime.CompilerServices;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// Walks a document once for many rules, in graphql-js's child order, keeping a <see cref="TypeInfo"/> in
/// step: the type information is updated before the rules enter a node and after they leave it. Name and
/// description nodes are not visited (no rule looks at them). A rule that skips a subtree stops seeing it;
/// when every rule skips, the subtree is not walked at all.
/// </summary>
internal sealed class DocumentWalker
{
    private const int KindCount = (int)SyntaxKind.InputObjectTypeExtension + 1;

    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[] _rules;
    private readonly int[][] _enterByKind = new int[KindCount][];
    private readonly int[][] _leaveByKind = new int[KindCount][];
    private readonly SyntaxNode?[] _skipping;
    private readonly List<SyntaxNode>? _ancestors;
    private int _skipCount;

    public DocumentWalker(ValidationContext context, TypeInfo typeInfo, ValidationRule[] rules, List<SyntaxNode>? ancestors)
    {
        _context = context;
        _typeInfo = typeInfo;
        _rules = rules;
        _skipping = new SyntaxNode?[rules.Length];
        _ancestors = ancestors;
        var enter = new List<int>();
        var leave = new List<int>();
        for (int kind = 0; kind < KindCount; kind++)
        {
            enter.Clear();
            leave.Clear();
            for (int i = 0; i < rules.Length; i++)
            {
                if (rules[i].EnterKinds.Contains((SyntaxKind)kind))
                {
                    enter.Add(i);
                }

                if (rules[i].LeaveKinds.Contains((SyntaxKind)kind))
                {
                    leave.Add(i);
                }
            }

            _enterByKind[kind] = [.. enter];
            _leaveByKind[kind] = [.. leave];
        }
    }

    public void Walk(SyntaxNode root) => Visit(root);

    private void Visit(SyntaxNode node)
    {
        if (_context.IsAborted)
        {
            return;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _context.ReportTooDeep(node);
            return;
        }

        _typeInfo.Enter(node);
        foreach (int index in _enterByKind[(int)node.Kind])
        {
            _context.CurrentRule = _rules[index];
            if (_skipping[index] is null && !_rules[index].Enter(node))
            {
                _skipping[index] = node;
                _skipCount++;
            }

            if (_context.IsAborted)
            {
                return;
            }
        }

        if (_skipCount < _rules.Length)
        {
            _ancestors?.Add(node);
            VisitChildren(node);
            _ancestors?.RemoveAt(_ancestors.Count - 1);
            if (_context.IsAborted)
            {
                return;
            }
        }

        foreach (int index in _leaveByKind[(int)node.Kind])
        {
            if (_skipping[index] is null)
            {
                _context.CurrentRule = _rules[index];
                _rules[index].Leave(node);
                if (_context.IsAborted)
                {
                    return;
                }
            }
        }

        if (_skipCount > 0)
        {
            for (int i = 0; i < _skipping.Length; i++)
            {
                if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                    _skipCount--;
                }
            }
        }

        _typeInfo.Leave(node);
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i]);
        }
    }

    private void VisitOptional(SyntaxNode? node)
    {
        if (node is not null)
        {
            Visit(node);
        }
    }

    /// <summary>Children in graphql-js's visitor-key order (names and descriptions left out).</summary>
    private void VisitChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n:
                VisitAll(n.Definitions);
                break;
            case OperationDefinitionNode n:
                VisitAll(n.VariableDefinitions);
                VisitAll(n.Directives);
                Visit(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Visit(n.Variable);
                Visit(n.Type);
                VisitOptional(n.DefaultValue);
                VisitAll(n.Directives);
                break;
            case SelectionSetNode n:
                VisitAll(n.Selections);
                break;
            case FieldNode n:
                VisitAll(n.Arguments);
                VisitAll(n.Directives);
                VisitOptional(n.SelectionSet);
                break;
            case ArgumentNode n:
                Visit(n.Value);
                break;
            case FragmentSpreadNode n:
                VisitAll(n.Directives);
                break;
            case InlineFragmentNode n:
                VisitOptional(n.TypeCondition);
                VisitAll(n.Directives);
                Visit(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                VisitAll(n.VariableDefinitions);
                Visit(n.TypeCondition);
                VisitAll(n.Directives);
                Visit(n.SelectionSet);
                break;
            case ListValueNode n:
                VisitAll(n.Values);
                break;
            case ObjectValueNode n:
                VisitAll(n.Fields);
                break;
            case ObjectFieldNode n:
                Visit(n.Value);
                break;
            case DirectiveNode n:
                VisitAll(n.Arguments);
                break;
            case ListTypeNode n:
                Visit(n.Type);
                break;
            case NonNullTypeNode n:
                Visit(n.Type);
                break;
            default:
                VisitTypeSystemChildren(node);
                break;
        }
    }

    private void VisitTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                VisitAll(n.Directives);
                VisitAll(n.OperationTypes);
                break;
            case SchemaExtensionNode n:
                VisitAll(n.Directives);
                VisitAll(n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                Visit(n.Type);
                break;
            case ScalarTypeDefinitionNode n:
                VisitAll(n.Directives);
                break;
            case ScalarTypeExtensionNode n:
                VisitAll(n.Directives);
                break;
            case ObjectTypeDefinitionNode n:
                VisitAll(n.Interfaces);
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case ObjectTypeExtensionNode n:
                VisitAll(n.Interfaces);
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                VisitAll(n.Interfaces);
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                VisitAll(n.Interfaces);
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case FieldDefinitionNode n:
                VisitAll(n.Arguments);
                Visit(n.Type);
                VisitAll(n.Directives);
                break;
            case InputValueDefinitionNode n:
                Visit(n.Type);
                VisitOptional(n.DefaultValue);
                VisitAll(n.Directives);
                break;
            case UnionTypeDefinitionNode n:
                VisitAll(n.Directives);
                VisitAll(n.Types);
                break;
            case UnionTypeExtensionNode n:
                VisitAll(n.Directives);
                VisitAll(n.Types);
                break;
            case EnumTypeDefinitionNode n:
                VisitAll(n.Directives);
                VisitAll(n.Values);
                break;
            case EnumTypeExtensionNode n:
                VisitAll(n.Directives);
                VisitAll(n.Values);
                break;
            case EnumValueDefinitionNode n:
                VisitAll(n.Directives);
                break;
            case InputObjectTypeDefinitionNode n:
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case InputObjectTypeExtensionNode n:
                VisitAll(n.Directives);
                VisitAll(n.Fields);
                break;
            case DirectiveDefinitionNode n:
                VisitAll(n.Arguments);
                break;
        }
    }
}
