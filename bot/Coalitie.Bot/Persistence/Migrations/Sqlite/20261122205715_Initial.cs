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
                name: "checkin_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Plan = table.Column<string>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", nullable: false),
                    PlannedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "coalitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MainChannelId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StuurgroepChannelId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Formality = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coalitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GoalAreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Contribution = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Milestones = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    BaselineDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BaselineValue = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    IndicatorDirection = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IndicatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IndicatorUnit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetValue = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitments", x => x.Id);
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
                name: "delivery_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecipientUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecipientAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FallbackConversationId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Card = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    LastErrorCode = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_items", x => x.Id);
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
                name: "goal_areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goal_areas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scheduled_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheduled_jobs", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "burgerpanel_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByPersonId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_burgerpanel_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_burgerpanel_links_checkin_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "checkin_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "checkin_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", nullable: true),
                    RespondentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RespondentKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_checkin_requests_checkin_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "checkin_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "local_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HorizonStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HorizonEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewCycle = table.Column<int>(type: "INTEGER", nullable: false),
                    Principles = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DocumentUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_local_contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_local_contracts_coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    VoetbalLine = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partners_coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamsUserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    ErasedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                    table.ForeignKey(
                        name: "FK_people_coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commitment_progress_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 6, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReporterPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitment_progress_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_commitment_progress_reports_commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contract_programmes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contract_programmes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contract_programmes_local_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "local_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contract_versions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contract_versions", x => new { x.ContractId, x.Number });
                    table.ForeignKey(
                        name: "FK_contract_versions_local_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "local_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contract_signatories",
                columns: table => new
                {
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contract_signatories", x => new { x.ContractId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_contract_signatories_local_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "local_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_contract_signatories_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partner_representations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MandateConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MandateConfirmedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_representations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partner_representations_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_partner_representations_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DomainSeat = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IsChair = table.Column<bool>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    From = table.Column<DateTime>(type: "TEXT", nullable: false),
                    To = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_role_assignments_coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_role_assignments_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_role_assignments_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "IX_burgerpanel_links_CoalitionId",
                table: "burgerpanel_links",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_burgerpanel_links_RequestId",
                table: "burgerpanel_links",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_burgerpanel_links_RoundId",
                table: "burgerpanel_links",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_checkin_requests_RoundId_RespondentKind_RespondentId",
                table: "checkin_requests",
                columns: new[] { "RoundId", "RespondentKind", "RespondentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkin_rounds_CoalitionId",
                table: "checkin_rounds",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_checkin_rounds_Status",
                table: "checkin_rounds",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_coalitions_TeamId",
                table: "coalitions",
                column: "TeamId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_commitment_progress_reports_CommitmentId",
                table: "commitment_progress_reports",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_commitment_progress_reports_ReporterPersonId",
                table: "commitment_progress_reports",
                column: "ReporterPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_CoalitionId_Number",
                table: "commitments",
                columns: new[] { "CoalitionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_commitments_PartnerId",
                table: "commitments",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_contract_programmes_ContractId",
                table: "contract_programmes",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_contract_signatories_PartnerId",
                table: "contract_signatories",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_TeamId",
                table: "conversation_references",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_UserAadObjectId",
                table: "conversation_references",
                column: "UserAadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_delivery_items_Key",
                table: "delivery_items",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_delivery_items_Purpose_Key",
                table: "delivery_items",
                columns: new[] { "Purpose", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_items_RecipientUserId",
                table: "delivery_items",
                column: "RecipientUserId");

            migrationBuilder.CreateIndex(
                name: "IX_delivery_items_State_NextAttemptAt",
                table: "delivery_items",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_CoalitionId",
                table: "documents",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_goal_areas_CoalitionId",
                table: "goal_areas",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_local_contracts_CoalitionId",
                table: "local_contracts",
                column: "CoalitionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partner_representations_PartnerId",
                table: "partner_representations",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_partner_representations_PersonId",
                table: "partner_representations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_partners_CoalitionId_Name",
                table: "partners",
                columns: new[] { "CoalitionId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_people_AadObjectId",
                table: "people",
                column: "AadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_people_CoalitionId_TeamsUserId",
                table: "people",
                columns: new[] { "CoalitionId", "TeamsUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_TeamsUserId",
                table: "people",
                column: "TeamsUserId");

            migrationBuilder.CreateIndex(
                name: "IX_role_assignments_CoalitionId_PersonId",
                table: "role_assignments",
                columns: new[] { "CoalitionId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_role_assignments_PartnerId",
                table: "role_assignments",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_role_assignments_PersonId",
                table: "role_assignments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_scheduled_jobs_Kind_Key",
                table: "scheduled_jobs",
                columns: new[] { "Kind", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scheduled_jobs_State_DueAt",
                table: "scheduled_jobs",
                columns: new[] { "State", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "app_secrets");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "burgerpanel_links");

            migrationBuilder.DropTable(
                name: "checkin_requests");

            migrationBuilder.DropTable(
                name: "commitment_progress_reports");

            migrationBuilder.DropTable(
                name: "contract_programmes");

            migrationBuilder.DropTable(
                name: "contract_signatories");

            migrationBuilder.DropTable(
                name: "contract_versions");

            migrationBuilder.DropTable(
                name: "conversation_references");

            migrationBuilder.DropTable(
                name: "delivery_items");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "goal_areas");

            migrationBuilder.DropTable(
                name: "partner_representations");

            migrationBuilder.DropTable(
                name: "role_assignments");

            migrationBuilder.DropTable(
                name: "scheduled_jobs");

            migrationBuilder.DropTable(
                name: "user_preferences");

            migrationBuilder.DropTable(
                name: "checkin_rounds");

            migrationBuilder.DropTable(
                name: "commitments");

            migrationBuilder.DropTable(
                name: "local_contracts");

            migrationBuilder.DropTable(
                name: "partners");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "coalitions");
        }
    }
}
