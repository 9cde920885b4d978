using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Types;

/// <summary>
/// The type system's validity rules (https://spec.graphql.org/October2021/#sec-Type-System and graphql-js
/// validateSchema): root types, directives, names, fields and arguments, interface implementation,
/// unions, enums, input objects (including @oneOf and non-null cycles). Messages follow graphql-js.
/// </summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        if (schema.QueryType is null)
        {
            errors.Add(GraphQLError.At("Query root type must be provided.", schema.AstNode));
        }

        foreach (DirectiveDefinition directive in schema.Directives)
        {
            ValidateDirective(directive, errors);
        }

        foreach (NamedType type in schema.Types)
        {
            if (type.IsBuiltIn)
            {
                continue;
            }

            ValidateName(type.Name, type.AstNode?.Name, errors);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union:
                    ValidateUnion(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, errors);
                    break;
            }
        }

        InputCycleFinder.Find(schema, errors);
        return errors;
    }

    private static void ValidateName(string name, SyntaxNode? node, List<GraphQLError> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(GraphQLError.At($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node));
        }
    }

    private static void ValidateDirective(DirectiveDefinition directive, List<GraphQLError> errors)
    {
        ValidateName(directive.Name, directive.AstNode?.Name, errors);
        if (directive.Locations.Count == 0)
        {
            errors.Add(GraphQLError.At($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode));
        }

        ValidateArguments(directive.Arguments, "@" + directive.Name, errors);
    }

    private static void ValidateFields(ComplexType type, List<GraphQLError> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add(GraphQLError.At($"Type {type.Name} must define one or more fields.", type.AstNode));
        }

        foreach (FieldDefinition field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode?.Name, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add(GraphQLError.At(
                    $"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type));
            }

            ValidateArguments(field.Arguments, type.Name + "." + field.Name, errors);
        }
    }

    /// <summary>The rules arguments of fields and directives share; <paramref name="owner"/> is "Type.field" or "@directive".</summary>
    private static void ValidateArguments(IReadOnlyList<InputValueDefinition> arguments, string owner, List<GraphQLError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (InputValueDefinition argument in arguments)
        {
            ValidateName(argument.Name, argument.AstNode?.Name, errors);
            if (!seen.Add(argument.Name))
            {
                errors.Add(GraphQLError.At($"Argument \"{owner}({argument.Name}:)\" can only be defined once.", argument.AstNode?.Name));
            }

            if (!argument.Type.IsInputType)
            {
                errors.Add(GraphQLError.At($"The type of {owner}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.AstNode?.Type));
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                errors.Add(GraphQLError.At($"Required argument {owner}({argument.Name}:) cannot be deprecated.", argument.AstNode));
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, List<GraphQLError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (InterfaceType iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                errors.Add(GraphQLError.At($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.AstNode));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                errors.Add(GraphQLError.At($"Type {type.Name} can only implement {iface.Name} once.", type.AstNode));
                continue;
            }

            foreach (InterfaceType transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    errors.Add(GraphQLError.At(
                        ReferenceEquals(transitive, type)
                            ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                            : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                        type.AstNode));
                }
            }

            ValidateImplementation(schema, type, iface, errors);
        }
    }

    private static void ValidateImplementation(Schema schema, ComplexType type, InterfaceType iface, List<GraphQLError> errors)
    {
        foreach (FieldDefinition ifaceField in iface.Fields)
        {
            string name = ifaceField.Name;
            FieldDefinition? typeField = type.GetField(name);
            if (typeField is null)
            {
                errors.Add(GraphQLError.At($"Interface field {iface.Name}.{name} expected but {type.Name} does not provide it.", ifaceField.AstNode, type.AstNode));
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
            {
                errors.Add(GraphQLError.At(
                    $"Interface field {iface.Name}.{name} expects type {ifaceField.Type} but {type.Name}.{name} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type));
            }

            foreach (InputValueDefinition ifaceArgument in ifaceField.Arguments)
            {
                InputValueDefinition? typeArgument = typeField.GetArgument(ifaceArgument.Name);
                if (typeArgument is null)
                {
                    errors.Add(GraphQLError.At(
                        $"Interface field argument {iface.Name}.{name}({ifaceArgument.Name}:) expected but {type.Name}.{name} does not provide it.",
                        ifaceArgument.AstNode,
                        typeField.AstNode));
                    continue;
                }

                if (!TypeComparators.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                {
                    errors.Add(GraphQLError.At(
                        $"Interface field argument {iface.Name}.{name}({ifaceArgument.Name}:) expects type {ifaceArgument.Type} but {type.Name}.{name}({ifaceArgument.Name}:) is type {typeArgument.Type}.",
                        ifaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type));
                }
            }

            foreach (InputValueDefinition typeArgument in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArgument.Name) is null && typeArgument.IsRequired)
                {
                    errors.Add(GraphQLError.At(
                        $"Object field {type.Name}.{name} includes required argument {typeArgument.Name} that is missing from the Interface field {iface.Name}.{name}.",
                        typeArgument.AstNode,
                        ifaceField.AstNode));
                }
            }
        }
    }

    private static void ValidateUnion(UnionType union, List<GraphQLError> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add(GraphQLError.At($"Union type {union.Name} must define one or more member types.", union.AstNode));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ObjectType member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                errors.Add(GraphQLError.At($"Union type {union.Name} can only include type {member.Name} once.", union.AstNode));
            }
        }
    }

    private static void ValidateEnum(EnumType enumType, List<GraphQLError> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add(GraphQLError.At($"Enum type {enumType.Name} must define one or more values.", enumType.AstNode));
        }

        foreach (EnumValueDefinition value in enumType.Values)
        {
            ValidateName(value.Name, value.AstNode?.Name, errors);
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add(GraphQLError.At($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.AstNode));
            }
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<GraphQLError> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(GraphQLError.At($"Input Object type {input.Name} must define one or more fields.", input.AstNode));
        }

        foreach (InputValueDefinition field in input.Fields)
        {
            ValidateName(field.Name, field.AstNode?.Name, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add(GraphQLError.At($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type));
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add(GraphQLError.At($"Required input field {input.Name}.{field.Name} cannot be deprecated.", field.AstNode));
            }

            if (input.IsOneOf)
            {
                if (field.Type.IsNonNull)
                {
                    errors.Add(GraphQLError.At($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type));
                }

                if (field.HasDefaultValue || field.DefaultValueNode is not null)
                {
                    errors.Add(GraphQLError.At($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode));
                }
            }
        }
    }
}
