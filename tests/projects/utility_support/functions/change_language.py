def change_language(conv, language):  # recorded code without types
    conv.set_language(language)
    return None
