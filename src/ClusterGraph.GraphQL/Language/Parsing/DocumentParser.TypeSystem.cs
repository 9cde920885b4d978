namespace ClusterGraph.GraphQL.Language;

internal ref partial struct DocumentParser
{
    private readonly bool PeekDescription() => _token.Kind is TokenKind.String or TokenKind.BlockString;

    // Description :: StringValue
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        ExpectKeyword(Keyword.Schema);
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        ExpectToken(TokenKind.BraceLeft);
        int mark = _stackTop;
        do
        {
            Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = PopList<OperationTypeDefinitionNode>(mark),
            Location = Loc(start),
        };
    }

    // RootOperationTypeDefinition :: OperationType : NamedType
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        NodeStart start = StartHere();
        OperationType operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        NamedTypeNode type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = Loc(start) };
    }

    // ScalarTypeDefinition :: Description? scalar Name Directives[Const]?
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        ExpectKeyword(Keyword.Scalar);
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    // ObjectTypeDefinition :: Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        ExpectKeyword(Keyword.Type);
        NameNode name = ParseName();
        NamedTypeNode[] interfaces = ParseImplementsInterfaces();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        FieldDefinitionNode[] fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = Loc(start),
        };
    }

    // ImplementsInterfaces :: implements &? NamedType | ImplementsInterfaces & NamedType
    private NamedTypeNode[] ParseImplementsInterfaces()
        => ExpectOptionalKeyword(Keyword.Implements) ? ParseNamedTypes(TokenKind.Amp) : [];

    /// <summary>graphql-js's <c>delimitedMany</c> of named types: an optional leading delimiter, then one or more.</summary>
    private NamedTypeNode[] ParseNamedTypes(TokenKind delimiter)
    {
        ExpectOptionalToken(delimiter);
        int mark = _stackTop;
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptionalToken(delimiter));

        return PopList<NamedTypeNode>(mark);
    }

    // FieldsDefinition :: { FieldDefinition+ }
    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceLeft))
        {
            return [];
        }

        int mark = _stackTop;
        do
        {
            Push(ParseFieldDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        return PopList<FieldDefinitionNode>(mark);
    }

    // FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        InputValueDefinitionNode[] arguments = ParseInputValueDefinitions(TokenKind.ParenLeft, TokenKind.ParenRight);
        ExpectToken(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Location = Loc(start),
        };
    }

    // ArgumentsDefinition :: ( InputValueDefinition+ )
    // InputFieldsDefinition :: { InputValueDefinition+ }
    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptionalToken(open))
        {
            return [];
        }

        int mark = _stackTop;
        do
        {
            Push(ParseInputValueDefinition());
        }
        while (!ExpectOptionalToken(close));

        return PopList<InputValueDefinitionNode>(mark);
    }

    // InputValueDefinition :: Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        ExpectToken(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = Loc(start),
        };
    }

    // InterfaceTypeDefinition :: Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        ExpectKeyword(Keyword.Interface);
        NameNode name = ParseName();
        NamedTypeNode[] interfaces = ParseImplementsInterfaces();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        FieldDefinitionNode[] fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = Loc(start),
        };
    }

    // UnionTypeDefinition :: Description? union Name Directives[Const]? UnionMemberTypes?
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        ExpectKeyword(Keyword.Union);
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        NamedTypeNode[] types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode { Description = description, Name = name, Directives = directives, Types = types, Location = Loc(start) };
    }

    // UnionMemberTypes :: = |? NamedType | UnionMemberTypes | NamedType
    private NamedTypeNode[] ParseUnionMemberTypes()
        => ExpectOptionalToken(TokenKind.Equals) ? ParseNamedTypes(TokenKind.Pipe) : [];

    // EnumTypeDefinition :: Description? enum Name Directives[Const]? EnumValuesDefinition?
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        ExpectKeyword(Keyword.Enum);
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        EnumValueDefinitionNode[] values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode { Description = description, Name = name, Directives = directives, Values = values, Location = Loc(start) };
    }

    // EnumValuesDefinition :: { EnumValueDefinition+ }
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceLeft))
        {
            return [];
        }

        int mark = _stackTop;
        do
        {
            Push(ParseEnumValueDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        return PopList<EnumValueDefinitionNode>(mark);
    }

    // EnumValueDefinition :: Description? EnumValue Directives[Const]?
    // EnumValue :: Name but not true or false or null
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        if (TokenValueIs(_token, "true") || TokenValueIs(_token, "false") || TokenValueIs(_token, "null"))
        {
            ThrowAt(_token, $"{Describe(_token)} is reserved and cannot be used for an enum value.");
        }

        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    // InputObjectTypeDefinition :: Description? input Name Directives[Const]? InputFieldsDefinition?
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        ExpectKeyword(Keyword.Input);
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        InputValueDefinitionNode[] fields = ParseInputValueDefinitions(TokenKind.BraceLeft, TokenKind.BraceRight);
        return new InputObjectTypeDefinitionNode { Description = description, Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    // DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        NodeStart start = StartHere();
        StringValueNode? description = ParseDescription();
        ExpectKeyword(Keyword.Directive);
        ExpectToken(TokenKind.At);
        NameNode name = ParseName();
        InputValueDefinitionNode[] arguments = ParseInputValueDefinitions(TokenKind.ParenLeft, TokenKind.ParenRight);
        bool repeatable = ExpectOptionalKeyword(Keyword.Repeatable);
        ExpectKeyword(Keyword.On);
        NameNode[] locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Location = Loc(start),
        };
    }

    // DirectiveLocations :: |? DirectiveLocation | DirectiveLocations | DirectiveLocation
    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptionalToken(TokenKind.Pipe);
        int mark = _stackTop;
        do
        {
            Push(ParseDirectiveLocation());
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return PopList<NameNode>(mark);
    }

    // DirectiveLocation :: ExecutableDirectiveLocation | TypeSystemDirectiveLocation
    private NameNode ParseDirectiveLocation()
    {
        Token token = _token;
        NameNode name = ParseName();
        if (!DirectiveLocations.IsKnown(name.Value))
        {
            Unexpected(token);
        }

        return name;
    }
}
