from wagtail import hooks

from .centres import set_up_centre_roles


@hooks.register("populate_centre", order=100)
def roles_of_a_new_centre(centre):
    """After the pages: the groups get permissions on the centre's home page and collection."""
    set_up_centre_roles(centre)
