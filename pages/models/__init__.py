from pages.models.centre_access import CentreAccess
from pages.models.centres import CentreIndexPage, CentrePage
from pages.models.choices import Audience, InspirationKind, Region
from pages.models.contributions import ContributionPage
from pages.models.events import LearningEventPage
from pages.models.home import AcademyHomePage
from pages.models.inspiration import InspirationCatalogPage, InspirationItemPage
from pages.models.modules import ModuleIndexPage, ModuleLearningGoal, ModulePage
from pages.models.themes import Theme
from pages.models.workflow_tasks import AccessibilityTask, ConfidentialityTask, ReviewTask

__all__ = [
    "AcademyHomePage",
    "AccessibilityTask",
    "Audience",
    "CentreAccess",
    "CentreIndexPage",
    "CentrePage",
    "ConfidentialityTask",
    "ContributionPage",
    "InspirationCatalogPage",
    "InspirationItemPage",
    "InspirationKind",
    "LearningEventPage",
    "ModuleIndexPage",
    "ModuleLearningGoal",
    "ModulePage",
    "Region",
    "ReviewTask",
    "Theme",
]
