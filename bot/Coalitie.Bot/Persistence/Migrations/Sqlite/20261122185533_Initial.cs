using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coalitie.Bot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "app_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conversation_references",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    TeamName = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    TeamAadGroupId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    ChannelName = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    UserAadObjectId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    BotId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WelcomedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversation_references", x => x.ConversationId);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedByPersonId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_preferences",
                columns: table => new
                {
                    UserKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_preferences", x => x.UserKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_ActorPersonId",
                table: "audit_entries",
                column: "ActorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_CoalitionId_EntityType_EntityId",
                table: "audit_entries",
                columns: new[] { "CoalitionId", "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_TeamId",
                table: "conversation_references",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_UserAadObjectId",
                table: "conversation_references",
                column: "UserAadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_CoalitionId",
                table: "documents",
                column: "CoalitionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "app_secrets");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "conversation_references");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "user_preferences");
        }
    }
}
