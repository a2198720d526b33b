from pages.models.centres import CentreIndexPage, CentrePage
from pages.models.choices import Audience, InspirationKind, Region
from pages.models.contributions import ContributionPage
from pages.models.events import LearningEventPage
from pages.models.home import AcademyHomePage
from pages.models.inspiration import InspirationCatalogPage, InspirationItemPage
from pages.models.modules import ModuleIndexPage, ModuleLearningGoal, ModulePage
from pages.models.themes import Theme

__all__ = [
    "AcademyHomePage",
    "Audience",
    "CentreIndexPage",
    "CentrePage",
    "ContributionPage",
    "InspirationCatalogPage",
    "InspirationItemPage",
    "InspirationKind",
    "LearningEventPage",
    "ModuleIndexPage",
    "ModuleLearningGoal",
    "ModulePage",
    "Region",
    "Theme",
]
