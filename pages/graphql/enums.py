"""GraphQL enums for the academy's choices and list orders."""

import graphene

from pages.models.choices import Audience, InspirationKind, Region

AudienceEnum = graphene.Enum.from_enum(Audience, description="Who the content is written for.")
InspirationKindEnum = graphene.Enum.from_enum(InspirationKind, description="Kind of inspiration item.")
RegionEnum = graphene.Enum.from_enum(Region, description="Danish region of a centre.")


class ModuleOrder(graphene.Enum):
    """Order of a module list."""

    TITLE = "title"
    NEWEST = "newest"

    @property
    def description(self):
        return {
            ModuleOrder.TITLE: "By title, A to Z.",
            ModuleOrder.NEWEST: "Most recently first published first.",
        }.get(self)


class InspirationOrder(graphene.Enum):
    """Order of an inspiration list."""

    NEWEST = "newest"
    TITLE = "title"

    @property
    def description(self):
        return {
            InspirationOrder.NEWEST: "Most recently first published first.",
            InspirationOrder.TITLE: "By title, A to Z.",
        }.get(self)


class LearningEventOrder(graphene.Enum):
    """Order of a learning event list."""

    START = "start"
    START_DESC = "start_desc"

    @property
    def description(self):
        return {
            LearningEventOrder.START: "Earliest start first.",
            LearningEventOrder.START_DESC: "Latest start first.",
        }.get(self)


class LearningEventWhen(graphene.Enum):
    """Time filter for learning events, compared with the time of the request."""

    UPCOMING = "upcoming"
    PAST = "past"
    ALL = "all"

    @property
    def description(self):
        return {
            LearningEventWhen.UPCOMING: "Events that have not ended yet, including those under way.",
            LearningEventWhen.PAST: "Events that have ended.",
            LearningEventWhen.ALL: "Every event.",
        }.get(self)


class CentreOrder(graphene.Enum):
    """Order of a centre list."""

    NAME = "name"
    CITY = "city"

    @property
    def description(self):
        return {
            CentreOrder.NAME: "By name, A to Z.",
            CentreOrder.CITY: "By city, then name.",
        }.get(self)
